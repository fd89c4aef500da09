"""The one inline script of the pages: it sets the reader's chosen theme before the first paint.

Its text is written into every page's `<head>` (base.html: `{{ theme_script }}`) and its digest into
the Content-Security-Policy (`outputs/hosting.py`), both from THEME_SCRIPT here, so they cannot drift:
the policy allows no other inline script. The rest of the theme toggle is in `assets/site.js`."""

from __future__ import annotations

import base64
import hashlib

from markupsafe import Markup

THEME_KEY = "warta-tema"
"""The localStorage key of the reader's choice: "light" or "dark"; none means follow the system."""
THEME_SCRIPT = Markup(
    'var d=document.documentElement;d.classList.add("js");'
    f'try{{var t=localStorage.getItem("{THEME_KEY}");'
    'if(t=="dark"||t=="light")d.dataset.theme=t}catch(e){}'
)
"""Runs before the stylesheet applies, so a stored choice never flashes the system's theme first
(`data-theme` on `<html>` overrides `prefers-color-scheme` in style.css). A browser that refuses
localStorage (a privacy mode) throws; then the system's setting rules. It also marks `<html>` with
the class `js`: the script-only controls (the theme toggle, the copy button) then take their place
from the first paint, instead of pushing the header's search box aside when the deferred site.js
shows them (a layout shift); without JavaScript they stay hidden."""
THEME_SCRIPT_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(THEME_SCRIPT.encode("utf-8")).digest()).decode() + "'"
"""The CSP source that allows exactly THEME_SCRIPT (`'sha256-…'`)."""

// Warta's search page: Pagefind's index, searched as the reader types; nothing else loads.
const root = document.getElementById("pencarian");
const input = root.querySelector("input[name=q]");
const form = root.querySelector("form");
const status = root.querySelector(".search-status");
const list = root.querySelector(".search-results");
const filterBox = root.querySelector(".search-filters");
const filterList = root.querySelector(".search-filter-list");
const help = root.querySelector(".search-help");  // what to try when nothing is found
const latest = root.querySelector(".search-latest");  // the newest stories, until a search
const selected = new Set();
let pagefind;
let sequence = 0;

const squeeze = (text) => text.replace(/\s+/g, " ").trim();

// Keep only text and <mark> from an excerpt, so indexed text can never become markup; punctuation
// Pagefind marks with a word ("Meta,") goes outside the mark, and "…" shows where the text was cut.
function excerpt(html, content) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const [, before, word, after] = node.textContent.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su);
      const mark = document.createElement("mark");
      mark.textContent = word;
      out.append(before, ...(word ? [mark] : []), after);
    } else {
      out.append(node.textContent);
    }
  }
  const shown = squeeze(out.textContent), whole = squeeze(content || "");
  if (shown && whole) {
    if (!whole.startsWith(shown)) out.prepend("… ");
    if (!whole.endsWith(shown)) out.append(" …");
  }
  return out;
}

function result(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const title = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  if (data.meta.jenis) {  // the kind of work ("Opini", "Advertorial"), as the article's cards show it
    const label = document.createElement("span");
    label.className = "type-label";
    label.textContent = data.meta.jenis;
    title.append(label, " ");
  }
  title.append(link);
  item.append(title);
  if (data.meta.date) {
    const date = document.createElement("p");
    date.className = "meta";
    date.textContent = data.meta.date;
    item.append(date);
  }
  const text = document.createElement("p");
  text.className = "search-excerpt";
  text.append(excerpt(data.excerpt, data.content));
  item.append(text);
  return item;
}

async function search() {
  const query = input.value.trim();
  const mine = ++sequence;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query && !selected.size) {
    list.replaceChildren();
    status.textContent = "";
    help.hidden = true;
    if (latest) latest.hidden = false;
    return;
  }
  const filters = selected.size ? { Tag: { any: [...selected] } } : {};
  const found = await pagefind.debouncedSearch(query || null, { filters }, 120);
  if (found === null || mine !== sequence) return;
  const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  if (mine !== sequence) return;
  const label = query ? `“${query}”` : "tag yang dipilih";
  if (latest) latest.hidden = true;
  help.hidden = results.length > 0;
  if (!results.length) {
    list.replaceChildren();
    status.textContent = `Tidak ada hasil untuk ${label}.`;
    return;
  }
  status.textContent = `${found.results.length} hasil untuk ${label}.`;
  list.replaceChildren(...results.map(result));
}

async function showFilters() {
  const tags = (await pagefind.filters()).Tag || {};
  const names = Object.keys(tags).sort((a, b) => a.localeCompare(b, "id"));
  if (!names.length) return;
  for (const [index, name] of names.entries()) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = name;
    box.id = `tag-${index}`;
    box.addEventListener("change", () => {
      if (box.checked) selected.add(name); else selected.delete(name);
      search();
    });
    label.append(box, ` ${name} (${tags[name]})`);
    filterList.append(label);
  }
  filterBox.open = matchMedia("(min-width: 40.01rem)").matches;  // closed on a phone: results first
  filterBox.hidden = false;
}

async function start() {
  pagefind = await import(root.dataset.pagefind);
  await pagefind.options({ baseUrl: root.dataset.baseUrl, excerptLength: 24 });
  pagefind.init();
  input.value = new URLSearchParams(location.search).get("q") || "";
  form.addEventListener("submit", (event) => { event.preventDefault(); search(); });
  input.addEventListener("input", search);
  await showFilters();
  if (input.value) search();
  input.focus();
}

start().catch((error) => {
  status.textContent = "Pencarian tidak dapat dimuat.";
  console.error(error);
});

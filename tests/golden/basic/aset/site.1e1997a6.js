// Theme toggle and copy-link button: extras, the pages read the same without them.
(()=>{const d=document,r=d.documentElement,m=matchMedia("(prefers-color-scheme: dark)"),
dark=()=>(r.dataset.theme||(m.matches?"dark":"light"))=="dark";
for(const b of d.querySelectorAll(".theme-toggle")){
 const show=()=>b.setAttribute("aria-pressed",dark());
 b.onclick=()=>{const t=dark()?"light":"dark";r.dataset.theme=t;
  try{localStorage.setItem("warta-tema",t)}catch(e){}show()};
 m.addEventListener("change",show);show();b.hidden=!1}
for(const b of d.querySelectorAll("button.share-copy[data-url]")){
 const say=d.createElement("span");say.setAttribute("role","status");b.after(say);
 b.onclick=async()=>{try{await navigator.clipboard.writeText(b.dataset.url);say.textContent="Tautan disalin"}
  catch(e){const f=d.createElement("input");f.value=b.dataset.url;f.readOnly=!0;  // no clipboard: select it
   f.setAttribute("aria-label","Tautan artikel");say.replaceChildren(f);f.select()}};
 b.hidden=!1}})();

// Progressive enhancement only: every page works without this file.
import { initAll } from "/js/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");

// Reference data upload: show upload progress, then the server's answer, without leaving the page.
for (const form of document.querySelectorAll("form[data-upload-progress]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // (form.dataset would be the control named "dataset", so attributes are read by name)
    const progress = document.getElementById(form.getAttribute("data-upload-progress"));
    const status = document.getElementById(form.getAttribute("data-upload-status"));
    const request = new XMLHttpRequest();
    request.open("POST", form.getAttribute("data-upload-api").replace("{dataset}", form.elements.namedItem("dataset").value));
    request.setRequestHeader("X-CSRF-TOKEN", form.elements.namedItem("_csrf").value);
    request.setRequestHeader("Accept", "application/json");
    progress.hidden = false;
    progress.value = 0;
    status.textContent = "Uploading…";
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round((e.loaded / e.total) * 100);
        status.textContent = "Uploading: " + progress.value + "%";
        if (e.loaded === e.total) status.textContent = "Uploaded. Checking and loading every row…";
      }
    });
    request.addEventListener("load", () => {
      const body = JSON.parse(request.responseText || "{}");
      const job = request.getResponseHeader("Location");
      if (request.status === 202 && job) {
        // The file is saved and loads in the background: its job page shows how far it has got.
        status.textContent = "Uploaded. Loading every row…";
        window.location.assign(job.replace("/api/v1", ""));
      } else {
        const errors = (body.errors || []).slice(0, 20).map((e) => "Row " + e.row + ", " + e.column + ": " + e.message);
        status.textContent = (body.detail || "The file was not loaded.") + (errors.length ? " " + errors.join("; ") : "");
      }
    });
    request.addEventListener("error", () => { status.textContent = "The upload failed. Nothing was stored."; });
    request.send(new FormData(form));
  });
}

initAll();

// A table region that does not scroll needs no stop in the tab order (without JavaScript every region keeps its stop).
const tableRegions = document.querySelectorAll(".app-table-scroll");
const focusableWhenScrolling = () => {
  for (const region of tableRegions) {
    if (region.scrollWidth > region.clientWidth) region.setAttribute("tabindex", "0");
    else region.removeAttribute("tabindex");
  }
};
focusableWhenScrolling();
window.addEventListener("resize", focusableWhenScrolling);

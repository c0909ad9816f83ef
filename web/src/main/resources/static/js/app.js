// Starts GOV.UK Frontend's components. A module script, so that no inline script is needed
// and the Content-Security-Policy can forbid them all.
import { initAll } from "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

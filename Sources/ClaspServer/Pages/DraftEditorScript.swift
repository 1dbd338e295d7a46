import Hummingbird
import HTTPTypes

/// The drafting form's progressive enhancement, served as a file because the pages' policy
/// forbids inline scripts. It posts the form to `<action>/preview` (with the CSRF header) a
/// moment after the typing stops and shows the answer in the preview region; it removes an
/// item or a section and adds an item in place. Everything it does the form's buttons also do
/// with a round trip, so a browser without it loses nothing but speed.
enum DraftEditorScript {
    /// The pages' policy, plus this one script from the server and its preview requests.
    static let pagePolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

    static func response() -> Response {
        Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache",
                                        HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                 body: .init(byteBuffer: ByteBuffer(string: source)))
    }

    static let source = #"""
        "use strict";
        (function () {
          var form = document.querySelector("form.draft[data-preview]");
          var region = document.getElementById("preview-diff");
          if (!form || !region || !window.fetch) { return; }
          var timer = null;
          var asked = 0;
          var preview = document.getElementById("preview");

          function refresh() {
            var mine = ++asked;
            preview.setAttribute("aria-busy", "true");
            fetch(form.getAttribute("data-preview"), {
              method: "POST", credentials: "same-origin", body: new URLSearchParams(new FormData(form)),
              headers: { "X-CSRF-Token": form.elements.csrf.value }
            }).then(function (answer) { return answer.text(); }).then(function (html) {
              if (mine !== asked) { return; }
              region.innerHTML = html;
              preview.removeAttribute("aria-busy");
              preview.setAttribute("data-updates", String(mine));
            }).catch(function () { preview.removeAttribute("aria-busy"); });
          }

          function soon() {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, 400);
          }

          // A new item row: a copy of the section's last one, numbered after it and emptied.
          function addItem(key) {
            var list = document.querySelector("#" + key + " > ol.items");
            var rows = list ? list.querySelectorAll(":scope > li.item") : [];
            if (rows.length === 0) { return false; }
            var last = rows[rows.length - 1];
            var next = 0;
            rows.forEach(function (row) { next = Math.max(next, Number(row.id.split("-i").pop())); });
            next += 1;
            var from = last.id;
            var to = key + "-i" + next;
            var row = last.cloneNode(true);
            row.id = to;
            row.querySelectorAll("[name],[id],[value]").forEach(function (element) {
              ["name", "id"].forEach(function (attribute) {
                var value = element.getAttribute(attribute);
                if (value && value.indexOf(from + "-") === 0) { element.setAttribute(attribute, to + value.slice(from.length)); }
              });
              if (element.tagName === "BUTTON") {
                element.value = "remove-item:" + key + ":" + next;
                element.setAttribute("aria-label", (element.getAttribute("aria-label") || "").replace(/item [0-9]+/, "item " + (rows.length + 1)));
              }
              else if (element.tagName === "TEXTAREA" || element.tagName === "INPUT") { element.value = ""; }
            });
            var label = row.querySelector(".item-text");
            if (label && label.firstChild && label.firstChild.nodeType === 3) { label.firstChild.textContent = "Item " + (rows.length + 1); }
            list.appendChild(row);
            var text = row.querySelector("textarea");
            if (text) { text.focus(); }
            return true;
          }

          form.addEventListener("input", soon);
          form.addEventListener("change", soon);
          form.addEventListener("click", function (event) {
            var button = event.target.closest("button[name=action]");
            if (!button) { return; }
            var parts = button.value.split(":");
            var handled = false;
            if (parts[0] === "remove-item" && parts.length === 3) {
              var row = document.getElementById(parts[1] + "-i" + parts[2]);
              if (row) { row.remove(); handled = true; }
            } else if (parts[0] === "remove-section" && parts.length === 2) {
              var section = document.getElementById(parts[1]);
              if (section) { section.remove(); handled = true; }
            } else if (parts[0] === "add-item" && parts.length === 2) {
              handled = addItem(parts[1]);
            }
            if (handled) {
              event.preventDefault();
              soon();
            }
          });
        })();
        """#
}

/**
 * The join page's only script, inlined (ES5-level, no build step): it posts the join
 * and seat-PIN forms as JSON to the seat desk (protocol SeatDesk; the token comes back in the
 * response body, never a URL), keeps the seat where /play reads it (lib/seat-storage.ts: the
 * card's data-seat-key), and shows refusals as message + code. A browser that already holds
 * a seat for this code goes straight back to it, as the React page did. Kept as a string:
 * it must reach the browser exactly as written, outside any bundle (4.4 KB, 1.8 KB gzip).
 */
import { SeatDesk } from "@threatscape/protocol";

export const NAME_KEY = "threatscape:name";

export const joinScript = `(function () {
  var card = document.querySelector("[data-seat-key]");
  if (!card) return;
  var code = card.getAttribute("data-code"), seatKey = card.getAttribute("data-seat-key");
  var play = "/play/" + code;
  function read(k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } }
  function write(k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode: the tab keeps working */ } }
  if (read(seatKey)) { window.location.replace(play); return; }
  var name = document.getElementById("display-name"), pin = document.getElementById("seat-pin");
  var last = read(${JSON.stringify(NAME_KEY)});
  if (last && name && !name.value) name.value = last;
  var LABELS = { displayName: "Your name", seatPin: "Seat PIN", stateId: "State", joinCode: "Join code" };
  function sentence(t) { t = String(t || ""); return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? "" : "."); }
  function show(el, message, errorCode, field) {
    el.textContent = message || "";
    if (errorCode) { var s = document.createElement("span"); s.className = "error-code"; s.textContent = "(" + errorCode + ")"; el.appendChild(document.createTextNode(" ")); el.appendChild(s); }
    var inputs = el.parentNode.querySelectorAll("input[type=text]");
    for (var i = 0; i < inputs.length; i++) inputs[i].removeAttribute("aria-invalid");
    if (field) field.setAttribute("aria-invalid", "true");
  }
  function explain(error, tooMany, conflict) {
    if (error.code === "RATE_LIMITED") return tooMany;
    if (error.code === "CONFLICT" && conflict) return conflict + error.message + ".";
    if (error.issues && error.issues.length)
      return error.issues.map(function (i) { return (LABELS[i.path] || i.path) + ": " + i.message; }).join("; ") + ".";
    return sentence(error.message);
  }
  function wire(form, path, check, payload, busy, tooMany, conflict) {
    if (!form) return;
    var error = form.querySelector(".error"), button = form.querySelector("button"), idle = button.textContent;
    function done(message, errorCode) { button.disabled = false; button.textContent = idle; show(error, message, errorCode); }
    window.addEventListener("pageshow", function () { button.disabled = false; button.textContent = idle; });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var problem = check();
      if (problem) { show(error, problem[0], "", problem[1]); problem[1].focus(); return; }
      button.disabled = true; button.textContent = busy; show(error, "");
      // ?game= routes the request to the game's server process behind a proxy (apps/server README, Scale-out).
      window.fetch(path + "?game=" + encodeURIComponent(code), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload()) })
        .then(function (r) {
          return r.json().catch(function () { return { ok: false, error: { code: "HTTP_" + r.status, message: "the classroom server sent an answer this page cannot read: try again" } }; });
        })
        .then(function (ack) {
          if (!ack.ok) return done(explain(ack.error, tooMany, conflict), ack.error.code);
          write(seatKey, JSON.stringify({ rejoinToken: ack.data.rejoinToken, gameId: ack.data.gameId, displayName: ack.data.displayName }));
          if (path === ${JSON.stringify(SeatDesk.join)}) write(${JSON.stringify(NAME_KEY)}, ack.data.displayName);
          window.location.assign(play);
        }, function () { done("The classroom server could not be reached. Check your connection and try again.", "NETWORK"); });
    });
  }
  wire(document.getElementById("join-form"), ${JSON.stringify(SeatDesk.join)},
    function () { return name.value.trim() ? null : ["Enter the name your classmates and instructor will see.", name]; },
    function () {
      var picked = document.querySelector("input[name=state]:checked"), body = { joinCode: code, displayName: name.value.trim() };
      if (picked && picked.value) body.stateId = picked.value;
      return body;
    },
    "Joining…", "Too many join attempts from this network. Wait a minute and try again.", "You cannot join: ");
  wire(document.getElementById("reclaim-form"), ${JSON.stringify(SeatDesk.reclaim)},
    function () { return /^[A-Za-z0-9]{10}$/.test(pin.value.replace(/[\\s-]/g, "")) ? null : ["Enter the ten-character seat PIN from your other device's header.", pin]; },
    function () { return { joinCode: code, seatPin: pin.value.trim() }; },
    "Moving your seat…", "Too many wrong PINs from this network. Wait a minute and try again.", "");
})();`;

// The post and page editors' safety net (admin/fragments/editor :: actions): the title and text are kept in this
// browser as they are typed (so a tab closed mid-sentence gives them back), saved on the server as the author's
// automatic revision a few seconds after typing stops (existing items only: a new one is kept in the browser until
// its first save), and leaving with unsaved changes asks first. Without this script the form works as before; no
// inline style or code is written (the Content-Security-Policy forbids them).
(function () {
    'use strict';

    const status = document.querySelector('.editor-autosave');
    if (!status || !window.fetch) {
        return;
    }
    const form = status.closest('form') || document.querySelector('form.form');
    const title = form.querySelector('[name="title"]');
    const body = form.querySelector('[name="body"]');
    const token = form.querySelector('input[name="_csrf"]');
    const csrfHeader = document.querySelector('.editor').dataset.csrfHeader;
    const url = status.dataset.autosaveUrl;
    const key = 'icmf-editor:' + status.dataset.storageKey;
    const isNew = !url;

    const DEBOUNCE_MS = 5000; // after the last keystroke
    const MAX_WAIT_MS = 15000; // at most this long between two saves while typing goes on

    function snapshot() {
        return new URLSearchParams(new FormData(form)).toString();
    }

    const loaded = snapshot();
    let submitting = false;

    // --- This browser's copy, keyed by item: written as the author types, offered back when the page opens with
    // another text.

    function stored() {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function keep(submitted) {
        try {
            localStorage.setItem(key, JSON.stringify(
                {title: title.value, body: body.value, at: Date.now(), submitted: submitted}));
        } catch (e) {
            // storage full or refused: the server's autosave still runs
        }
    }

    /** « 03/12/2026 à 14 h 32 » in the site's zone, as the server writes its own times. */
    function dateAndTime(millis) {
        const parts = {};
        new Intl.DateTimeFormat('fr-FR', {
            timeZone: status.dataset.timeZone, day: '2-digit', month: '2-digit', year: 'numeric',
            hour: 'numeric', minute: '2-digit', hourCycle: 'h23'
        }).formatToParts(new Date(millis)).forEach(function (part) {
            parts[part.type] = part.value;
        });
        return parts.day + '/' + parts.month + '/' + parts.year + ' à ' + Number(parts.hour) + ' h ' + parts.minute;
    }

    function offerKept(copy) {
        const offer = document.createElement('section');
        offer.className = 'autosave-offer';
        offer.setAttribute('aria-labelledby', 'brouillon-local-titre');
        const heading = document.createElement('h2');
        heading.id = 'brouillon-local-titre';
        heading.textContent = 'Texte gardé par ce navigateur';
        const text = document.createElement('p');
        text.textContent = 'Un texte tapé le ' + dateAndTime(copy.at) + ' n’a pas été enregistré.';
        const actions = document.createElement('p');
        actions.className = 'form-actions';
        const resume = document.createElement('button');
        resume.type = 'button';
        resume.textContent = 'Reprendre ce texte';
        const ignore = document.createElement('button');
        ignore.type = 'button';
        ignore.className = 'button-light';
        ignore.textContent = 'Ignorer';
        actions.append(resume, ignore);
        offer.append(heading, text, actions);
        form.parentNode.insertBefore(offer, form);
        resume.addEventListener('click', function () {
            title.value = copy.title;
            body.value = copy.body;
            offer.remove();
            body.dispatchEvent(new Event('input', {bubbles: true})); // the live preview and the autosave follow
            body.focus();
        });
        ignore.addEventListener('click', function () {
            localStorage.removeItem(key);
            offer.remove();
            title.focus();
        });
    }

    const copy = stored();
    if (copy) {
        // The page holds that text already (saved, or shown again after a refused save), or a new item was created
        // from it: nothing to give back.
        if ((copy.body === body.value && copy.title === title.value) || (isNew && copy.submitted)) {
            localStorage.removeItem(key);
        } else {
            offerKept(copy);
        }
    }

    // --- The server's copy: the author's automatic revision.

    let timer = 0;
    let pendingSince = 0; // when the first change not yet sent was typed
    let sent = '';

    function say(message) {
        status.textContent = message;
    }

    function autosave() {
        timer = 0;
        pendingSince = 0;
        const data = new FormData(form);
        data.delete('action');
        const text = new URLSearchParams(data).toString();
        if (text === sent) {
            return;
        }
        sent = text;
        const headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
        headers[csrfHeader] = token.value;
        fetch(url, {method: 'POST', headers: headers, body: text, credentials: 'same-origin'})
            .then(function (response) {
                if (response.redirected || !(response.ok || response.status === 422 || response.status === 409)) {
                    throw new Error(response.status);
                }
                if (response.status === 409) {
                    sent = ''; // another tab saved at the same moment: the next change saves again
                }
                return response.text();
            })
            .then(function (html) {
                const answer = new DOMParser().parseFromString(html, 'text/html');
                const said = answer.querySelector('.autosaved, .field-error');
                say(said ? said.textContent : '');
            })
            .catch(function () {
                sent = '';
                say('Enregistrement automatique impossible (session expirée ou serveur injoignable) : '
                    + 'le texte reste gardé par ce navigateur.');
            });
    }

    function changed() {
        keep(false);
        if (isNew) {
            return;
        }
        const now = Date.now();
        if (!pendingSince) {
            pendingSince = now;
        }
        clearTimeout(timer);
        timer = setTimeout(autosave, Math.min(DEBOUNCE_MS, Math.max(0, pendingSince + MAX_WAIT_MS - now)));
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);

    // --- Leaving: asks first when something typed is not saved, except when the form is being sent.

    form.addEventListener('submit', function () {
        submitting = true;
        clearTimeout(timer);
        keep(true);
    });
    window.addEventListener('beforeunload', function (event) {
        if (!submitting && snapshot() !== loaded) {
            keep(false);
            event.preventDefault();
            event.returnValue = '';
        }
    });
}());

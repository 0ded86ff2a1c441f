// The post and page editors' text (admin/fragments/editor :: text-field): a Markdown toolbar with its shortcuts, and a
// preview rendered by the server as the board member types. The textarea stays the form's field, so without this
// script the form works as before. No inline style or code is written: the Content-Security-Policy forbids them.
(function () {
    'use strict';

    const editor = document.querySelector('.editor');
    if (!editor) {
        return;
    }
    const field = editor.querySelector('textarea');
    const toolbar = editor.querySelector('.editor-toolbar');
    const preview = editor.querySelector('.preview');
    const previewBody = preview.querySelector('.post-body');
    const status = preview.querySelector('.editor-status');
    const length = editor.querySelector('.editor-length');
    const token = field.form.querySelector('input[name="_csrf"]');

    // --- Toolbar: each action turns the selection into Markdown, then selects what the author types next.

    /** Replaces [start, end) with text (kept in the field's undo history), then selects [from, to) of the result. */
    function replace(start, end, text, from, to) {
        field.focus();
        field.setSelectionRange(start, end);
        // execCommand keeps Ctrl+Z working; setRangeText where a browser no longer offers it.
        if (!document.execCommand('insertText', false, text)) {
            field.setRangeText(text, start, end, 'end');
        }
        field.setSelectionRange(start + from, start + to);
        field.dispatchEvent(new Event('input', {bubbles: true}));
    }

    /** How many asterisks (up to 3) stand just before position (step -1) or from it on (step 1). */
    function stars(position, step) {
        let count = 0;
        while (count < 3 && field.value.charAt(step < 0 ? position - count - 1 : position + count) === '*') {
            count++;
        }
        return count;
    }

    /**
     * Wraps the selection in marker: ** (bold) or * (italic); unwraps it when it is wrapped already: italic is 1 or
     * 3 asterisks around it (***bold italic***), bold 2 or 3.
     */
    function wrap(marker, placeholder) {
        const start = field.selectionStart;
        const end = field.selectionEnd;
        const selected = field.value.slice(start, end);
        const m = marker.length;
        const around = Math.min(stars(start, -1), stars(end, 1));
        if (around === 3 || around === m) {
            replace(start - m, end + m, selected, 0, selected.length);
            return;
        }
        const inner = selected || placeholder;
        replace(start, end, marker + inner + marker, m, m + inner.length);
    }

    /** The start of the line holding position, and the end of the line holding the selection's end. */
    function lines() {
        const value = field.value;
        const start = value.lastIndexOf('\n', field.selectionStart - 1) + 1;
        let end = value.indexOf('\n', Math.max(field.selectionEnd - 1, field.selectionStart));
        if (end < 0) {
            end = value.length;
        }
        return {start: start, end: end, text: value.slice(start, end).split('\n')};
    }

    /** Puts prefix(i) before each selected line, or takes it off when every line has it. */
    function prefixLines(prefix, pattern) {
        const block = lines();
        const all = block.text.every(function (line) {
            return pattern.test(line);
        });
        const text = block.text.map(function (line, i) {
            return all ? line.replace(pattern, '') : prefix(i) + line;
        }).join('\n');
        replace(block.start, block.end, text, text.length, text.length);
    }

    function link() {
        const start = field.selectionStart;
        const end = field.selectionEnd;
        const selected = field.value.slice(start, end);
        if (/^https?:\/\/\S+$/.test(selected)) {
            const label = 'texte du lien';
            replace(start, end, '[' + label + '](' + selected + ')', 1, 1 + label.length);
        } else {
            const label = selected || 'texte du lien';
            const address = 'https://';
            const text = '[' + label + '](' + address + ')';
            replace(start, end, text, label.length + 3, label.length + 3 + address.length);
        }
    }

    /** A horizontal rule, on its own between blank lines. */
    function rule() {
        const start = field.selectionStart;
        const before = field.value.slice(0, start);
        const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
        const text = gap + '---\n\n';
        replace(start, field.selectionEnd, text, text.length, text.length);
    }

    const actions = {
        bold: function () { wrap('**', 'texte en gras'); },
        italic: function () { wrap('*', 'texte en italique'); },
        heading: function () { prefixLines(function () { return '## '; }, /^#{1,6} /); },
        quote: function () { prefixLines(function () { return '> '; }, /^> ?/); },
        bullets: function () { prefixLines(function () { return '- '; }, /^[-*+] /); },
        numbers: function () { prefixLines(function (i) { return (i + 1) + '. '; }, /^\d{1,9}\. /); },
        link: link,
        rule: rule
    };

    const buttons = Array.from(toolbar.querySelectorAll('button'));
    // The toolbar sits between the field's label (and hint) and the field: the order it is read and tabbed in.
    field.parentNode.insertBefore(toolbar, field);
    toolbar.hidden = false;

    // One tab stop for the toolbar, arrows move between its buttons (the ARIA toolbar pattern).
    buttons.forEach(function (button, i) {
        button.tabIndex = i === 0 ? 0 : -1;
        // Buttons without data-markdown (the image's, which opens the library) belong to editor-images.js.
        button.addEventListener('click', function () {
            if (button.dataset.markdown) {
                actions[button.dataset.markdown]();
            }
        });
    });
    toolbar.addEventListener('keydown', function (event) {
        const current = buttons.indexOf(document.activeElement);
        let next = -1;
        if (event.key === 'ArrowRight') {
            next = (current + 1) % buttons.length;
        } else if (event.key === 'ArrowLeft') {
            next = (current - 1 + buttons.length) % buttons.length;
        } else if (event.key === 'Home') {
            next = 0;
        } else if (event.key === 'End') {
            next = buttons.length - 1;
        }
        if (current >= 0 && next >= 0) {
            event.preventDefault();
            buttons[current].tabIndex = -1;
            buttons[next].tabIndex = 0;
            buttons[next].focus();
        }
    });

    const shortcuts = {b: 'bold', i: 'italic', k: 'link'};
    field.addEventListener('keydown', function (event) {
        const action = shortcuts[event.key.toLowerCase()];
        if (action && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
            event.preventDefault();
            actions[action]();
        }
    });

    // --- Live preview: the server renders the text as the public page will (same renderer, same sanitiser).

    const DELAY_MS = 400;
    let timer = 0;
    let sent = 0;

    /** Shows the part of a long preview that matches a fraction of the text (0 its start, 1 its end). */
    function follow(fraction) {
        const room = preview.scrollHeight - preview.clientHeight;
        if (room > 0) {
            preview.scrollTop = Math.round(room * Math.min(1, Math.max(0, fraction)));
        }
    }

    function say(message) {
        status.textContent = message;
        status.hidden = !message;
    }

    /** Renders the text; typing (caret) moves the preview to where the author writes. */
    function refresh(caret) {
        const asked = ++sent;
        const headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
        headers[editor.dataset.csrfHeader] = token.value;
        fetch(editor.dataset.previewUrl, {
            method: 'POST',
            headers: headers,
            body: new URLSearchParams({body: field.value}),
            credentials: 'same-origin'
        }).then(function (response) {
            if (response.redirected || !(response.ok || response.status === 422)) {
                throw new Error(response.status);
            }
            return response.text();
        }).then(function (html) {
            if (asked !== sent) {
                return; // a newer text was sent meanwhile
            }
            const answer = new DOMParser().parseFromString(html, 'text/html');
            const refused = answer.querySelector('.field-error');
            say(refused ? refused.textContent : '');
            const rendered = answer.querySelector('.post-body');
            if (rendered) {
                previewBody.replaceChildren(...rendered.childNodes);
                length.replaceChildren(...answer.querySelector('.editor-length').childNodes);
                if (caret !== undefined) {
                    follow(field.value.length ? caret / field.value.length : 0);
                }
            }
        }).catch(function () {
            if (asked === sent) {
                say('L’aperçu ne peut pas être mis à jour (session expirée ou serveur injoignable). '
                    + 'Le texte tapé reste dans le champ : enregistrez-le dès que possible.');
            }
        });
    }

    field.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            refresh(field.selectionEnd);
        }, DELAY_MS);
    });
    // Scrolling a long text scrolls its preview alike, so both show the same passage.
    field.addEventListener('scroll', function () {
        const room = field.scrollHeight - field.clientHeight;
        if (room > 0) {
            follow(field.scrollTop / room);
        }
    });
    preview.hidden = false;
    editor.classList.add('editor-live');
    refresh();
}());

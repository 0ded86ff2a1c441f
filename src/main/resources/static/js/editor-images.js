// Images in the post and page editors (admin/fragments/editor :: text-field): an image pasted or dropped into the
// text is described in a dialog, uploaded to the media library and its Markdown inserted at the caret; the toolbar's
// « Image » button picks one from the library instead, and the cover image's button fills that field. Without
// this script the text field and the cover field work as before. No inline style or code: the CSP forbids them.
(function () {
    'use strict';

    const editor = document.querySelector('.editor');
    const altDialog = document.getElementById('image-alt-dialog');
    const picker = document.getElementById('media-picker');
    if (!editor || !altDialog || !picker || typeof altDialog.showModal !== 'function') {
        return;
    }
    const field = editor.querySelector('textarea');
    const token = field.form.querySelector('input[name="_csrf"]');
    const MAX_ALT_LENGTH = 250;
    /** A library image's address; its thumbnail's is /media/vignettes/ and the same name. */
    const IMAGE_URL = /^\/media\/([0-9a-f]{16}\.(?:png|jpg|webp|svg))$/;
    const FAILED = 'L’image n’a pas pu être envoyée (session expirée ou serveur injoignable). Réessayez ; '
        + 'le texte tapé reste dans le champ.';
    const TOO_HEAVY = 'Ce fichier est bien trop lourd pour la médiathèque : réduisez ses dimensions ou sa qualité, '
        + 'puis réessayez.';

    function csrfHeaders() {
        const headers = {};
        headers[editor.dataset.csrfHeader] = token.value;
        return headers;
    }

    /** ![alt](url), the alt text on one line and its brackets escaped, as the media library writes it. */
    function markdown(alt, url) {
        return '![' + alt.replace(/\s+/g, ' ').replace(/[\\[\]]/g, '\\$&') + '](' + url + ')';
    }

    // --- Dialogs: modal (the page behind is inert), focus returned on closing, Escape cancels (native).

    const openers = new Map();

    function open(dialog, focus) {
        openers.set(dialog, document.activeElement);
        dialog.showModal();
        focus.focus();
    }

    function close(dialog, focusAfter) {
        const opener = openers.get(dialog);
        openers.delete(dialog);
        if (dialog.open) {
            dialog.close();
        }
        const next = focusAfter || opener;
        if (next && next.isConnected) {
            next.focus();
        }
    }

    [altDialog, picker].forEach(function (dialog) {
        dialog.querySelector('[data-dialog-cancel]').addEventListener('click', function () {
            close(dialog);
        });
        dialog.addEventListener('cancel', function (event) {
            event.preventDefault();
            close(dialog);
        });
    });

    // --- The text alternative: asked before an image is uploaded or inserted.

    const altInput = document.getElementById('image-alt-text');
    const altError = document.getElementById('image-alt-error');
    const altImage = altDialog.querySelector('.media-dialog-image');
    const altStatus = altDialog.querySelector('.media-dialog-status');
    const confirm = altDialog.querySelector('[data-dialog-confirm]');
    let pending = null; // {file} to upload, or {url} of a library image; and where to insert it
    let sending = 0;

    function refuse(message) {
        altError.textContent = message;
        altError.hidden = !message;
        altInput.setAttribute('aria-invalid', message ? 'true' : 'false');
    }

    function busy(message) {
        altStatus.textContent = message;
        confirm.disabled = !!message;
    }

    /**
     * Where an image goes when the caret stands before or inside closing inline markers (*, _, **, `): after them,
     * so that « *mot|* » keeps its emphasis whole and the image its own paragraph. A run counts as closing when text
     * (not a space) precedes it and no letter or digit follows it, which would make it an opening one.
     */
    function pastClosingMarkers(position) {
        const value = field.value;
        let end = position;
        while (end < value.length && end - position < 3 && '*_`'.includes(value.charAt(end))) {
            end++;
        }
        const closing = end > position && position > 0 && !/\s/.test(value.charAt(position - 1))
            && !/[\p{L}\p{N}]/u.test(value.charAt(end));
        return closing ? end : position;
    }

    /**
     * Asks for the text alternative of image (a File to upload, or a library URL), to insert in place of the
     * selection; past the closing markers of an emphasis ending there, keeping the selection.
     */
    function describe(image, alt) {
        const end = pastClosingMarkers(field.selectionEnd);
        pending = end === field.selectionEnd
            ? {image: image, start: field.selectionStart, end: end}
            : {image: image, start: end, end: end};
        altInput.value = alt || '';
        refuse('');
        busy('');
        altImage.hidden = true;
        if (typeof image === 'string') {
            showImage(image);
        } else {
            const reader = new FileReader();
            reader.addEventListener('load', function () {
                if (pending && pending.image === image) {
                    showImage(reader.result); // a data: URL, which the CSP allows for images
                }
            });
            reader.readAsDataURL(image);
        }
        open(altDialog, altInput);
    }

    function showImage(src) {
        altImage.src = src;
        altImage.hidden = false;
    }

    function insert(text) {
        const target = pending;
        pending = null;
        close(altDialog, field);
        field.setSelectionRange(target.start, target.end);
        // Own paragraph, as an image stands in a post; execCommand keeps Ctrl+Z working.
        const before = field.value.slice(0, target.start);
        const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
        const block = gap + text + '\n\n';
        if (!document.execCommand('insertText', false, block)) {
            field.setRangeText(block, target.start, target.end, 'end');
        }
        field.dispatchEvent(new Event('input', {bubbles: true}));
    }

    function upload(file, alt) {
        const asked = ++sending;
        const body = new FormData();
        body.append('altText', alt);
        body.append('file', file, file.name || 'image');
        busy('Envoi de l’image à la médiathèque…');
        fetch(editor.dataset.mediaUploadUrl, {
            method: 'POST',
            headers: csrfHeaders(),
            body: body,
            credentials: 'same-origin'
        }).then(function (response) {
            const json = (response.headers.get('Content-Type') || '').startsWith('application/json');
            if (response.status === 413) {
                return {ok: false, answer: {message: TOO_HEAVY}}; // refused before the library could say why
            }
            if (response.redirected || !json || !(response.ok || response.status === 422)) {
                throw new Error(response.status);
            }
            return response.json().then(function (answer) {
                return {ok: response.ok, answer: answer};
            });
        }).then(function (result) {
            if (asked !== sending || !pending) {
                return; // cancelled meanwhile
            }
            busy('');
            if (result.ok) {
                insert(markdown(alt, result.answer.url));
            } else {
                refuse(result.answer.message);
                altInput.focus();
            }
        }).catch(function () {
            if (asked === sending && pending) {
                busy('');
                refuse(FAILED);
            }
        });
    }

    function confirmAlt() {
        if (!pending || confirm.disabled) {
            return;
        }
        const alt = altInput.value.trim();
        if (!alt) {
            refuse('Saisissez un texte alternatif : il décrit l’image aux personnes qui ne la voient pas (RGAA).');
        } else if (alt.length > MAX_ALT_LENGTH) {
            refuse('Le texte alternatif ne peut pas dépasser ' + MAX_ALT_LENGTH + ' caractères.');
        } else if (typeof pending.image === 'string') {
            insert(markdown(alt, pending.image));
        } else {
            upload(pending.image, alt);
        }
    }

    confirm.addEventListener('click', confirmAlt);
    // A refusal stays until the text is valid, then goes; only a new invalid attempt shows one again.
    altInput.addEventListener('input', function () {
        const alt = altInput.value.trim();
        if (!altError.hidden && alt && alt.length <= MAX_ALT_LENGTH) {
            refuse('');
        }
    });
    altInput.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            event.preventDefault(); // never submit the editor's form from the dialog
            confirmAlt();
        }
    });
    altDialog.addEventListener('close', function () {
        pending = null;
        sending++;
    });

    // --- Pasting or dropping an image into the text.

    function imageOf(files) {
        return Array.from(files || []).find(function (file) {
            return file.type.startsWith('image/');
        });
    }

    field.addEventListener('paste', function (event) {
        const file = imageOf(event.clipboardData && event.clipboardData.files);
        if (file) {
            event.preventDefault();
            describe(file);
        }
    });
    field.addEventListener('dragover', function (event) {
        if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) {
            event.preventDefault();
            field.classList.add('editor-dropping');
        }
    });
    field.addEventListener('dragleave', function () {
        field.classList.remove('editor-dropping');
    });
    field.addEventListener('drop', function (event) {
        field.classList.remove('editor-dropping');
        const file = imageOf(event.dataTransfer && event.dataTransfer.files);
        if (file) {
            event.preventDefault();
            describe(file);
        }
    });

    // --- The library picker: thumbnails by pages of the server, searched as one types.

    const search = document.getElementById('media-picker-search');
    const list = picker.querySelector('.media-picker-list');
    const pickerStatus = picker.querySelector('.media-dialog-status');
    const pager = picker.querySelector('.media-picker-pages');
    const pageText = picker.querySelector('.media-picker-page');
    const previous = picker.querySelector('[data-page="-1"]');
    const next = picker.querySelector('[data-page="1"]');
    let chosen = null; // what to do with the image picked
    let page = 1;
    let pages = 1;
    let listing = 0;
    let searchTimer = 0;

    function load(wanted) {
        const asked = ++listing;
        const address = new URL(editor.dataset.mediaChoiceUrl, window.location.href);
        address.searchParams.set('q', search.value.trim());
        address.searchParams.set('page', String(wanted));
        pickerStatus.textContent = 'Chargement…';
        fetch(address, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(function (response) {
            if (response.redirected || !response.ok) {
                throw new Error(response.status);
            }
            return response.json();
        }).then(function (answer) {
            if (asked === listing) {
                show(answer);
            }
        }).catch(function () {
            if (asked === listing) {
                pickerStatus.textContent = 'La médiathèque ne répond pas (session expirée ou serveur injoignable).';
            }
        });
    }

    function show(answer) {
        page = answer.page;
        pages = Math.max(1, answer.pages);
        list.replaceChildren(...answer.images.map(item));
        list.querySelectorAll('button').forEach(function (button, i) {
            button.tabIndex = i === 0 ? 0 : -1;
        });
        pickerStatus.textContent = answer.total === 0
            ? (search.value.trim() ? 'Aucune image ne correspond à cette recherche.' : 'La médiathèque est vide.')
            : answer.total + (answer.total > 1 ? ' images' : ' image') + ', page ' + page + ' sur ' + pages + '.';
        pager.hidden = pages <= 1;
        pageText.textContent = 'Page ' + page + ' sur ' + pages;
        previous.disabled = page <= 1;
        next.disabled = page >= pages;
    }

    function item(image) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'media-picker-item';
        const thumbnail = document.createElement('img');
        thumbnail.src = image.thumbnailUrl;
        thumbnail.alt = '';
        thumbnail.loading = 'lazy';
        if (image.thumbnailWidth && image.thumbnailHeight) {
            thumbnail.width = image.thumbnailWidth;
            thumbnail.height = image.thumbnailHeight;
        }
        const label = document.createElement('span');
        label.textContent = image.altText;
        const name = document.createElement('span');
        name.className = 'media-picker-name';
        name.textContent = image.fileName;
        button.append(thumbnail, label, name);
        button.addEventListener('click', function () {
            const then = chosen;
            close(picker);
            then(image);
        });
        const li = document.createElement('li');
        li.append(button);
        return li;
    }

    function pick(then) {
        chosen = then;
        search.value = '';
        list.replaceChildren();
        open(picker, search);
        load(1);
    }

    search.addEventListener('input', function () {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(function () {
            load(1);
        }, 300);
    });
    search.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            event.preventDefault();
            clearTimeout(searchTimer);
            load(1);
        } else if (event.key === 'ArrowDown' && list.querySelector('button')) {
            event.preventDefault();
            list.querySelector('button[tabindex="0"]').focus();
        }
    });
    previous.addEventListener('click', function () {
        load(page - 1);
    });
    next.addEventListener('click', function () {
        load(page + 1);
    });
    // One tab stop for the thumbnails, arrows move between them (a grid read in order).
    list.addEventListener('keydown', function (event) {
        const buttons = Array.from(list.querySelectorAll('button'));
        const current = buttons.indexOf(document.activeElement);
        const moves = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
        let target = -1;
        if (event.key in moves) {
            target = Math.min(buttons.length - 1, Math.max(0, current + moves[event.key]));
        } else if (event.key === 'Home') {
            target = 0;
        } else if (event.key === 'End') {
            target = buttons.length - 1;
        }
        if (current >= 0 && target >= 0) {
            event.preventDefault();
            buttons[current].tabIndex = -1;
            buttons[target].tabIndex = 0;
            buttons[target].focus();
        }
    });

    editor.querySelector('[data-media-library]').addEventListener('click', function () {
        pick(function (image) {
            describe(image.url, image.altText);
        });
    });

    // --- The cover image: a plain field (the image's address), filled by the picker, its thumbnail beside it.

    const coverButton = document.querySelector('[data-media-cover]');
    const cover = coverButton && document.getElementById(coverButton.getAttribute('aria-controls'));
    if (cover) {
        const coverPicker = coverButton.parentNode;
        const thumbnail = coverPicker.querySelector('.cover-thumbnail');
        const showCover = function () {
            const name = IMAGE_URL.exec(cover.value.trim());
            thumbnail.hidden = !name;
            if (name) {
                thumbnail.src = '/media/vignettes/' + name[1];
            }
        };
        cover.addEventListener('input', showCover);
        coverButton.addEventListener('click', function () {
            pick(function (image) {
                cover.value = image.url;
                cover.dispatchEvent(new Event('input', {bubbles: true}));
                coverButton.focus();
            });
        });
        showCover();
        coverPicker.hidden = false;
    }
}());

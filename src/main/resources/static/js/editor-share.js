// The editors' share card (admin/fragments/editor :: share-card): follows the title, the description (the start of
// the text as the live preview renders it, or the summary field) and the cover image as they change, as the public
// page's Open Graph tags will give them. The server drew the card first; no inline style or code is written.
(function () {
    'use strict';

    const card = document.querySelector('.share-card');
    if (!card) {
        return;
    }
    const form = card.closest('form');
    const title = form.querySelector('[name="title"]');
    const cover = form.querySelector('[name="coverImage"]');
    const summary = form.querySelector('[name="description"]');
    const renderedBody = form.querySelector('.preview .post-body');
    const shownTitle = card.querySelector('.share-card-title');
    const shownDescription = card.querySelector('.share-card-description');
    const image = card.querySelector('.share-card-image');
    const DESCRIPTION_LENGTH = 160;
    // An image of the media library, as the cover field accepts: anything else shows the site's logo.
    const MEDIA_IMAGE = /^\/media\/[0-9a-f]{16}\.(jpg|png|webp|svg)$/;

    /** About 160 characters cut at a word, as the public page's description (BlogService.description). */
    function shorten(text) {
        if (text.length <= DESCRIPTION_LENGTH) {
            return text;
        }
        const cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 3);
        return text.slice(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 3) + '…';
    }

    function description() {
        if (card.dataset.descriptionFrom === 'description') {
            return summary ? summary.value.trim() : '';
        }
        return shorten(renderedBody ? renderedBody.textContent.replace(/\s+/g, ' ').trim() : '');
    }

    function update() {
        shownTitle.textContent = title.value;
        const text = description();
        shownDescription.textContent = text;
        shownDescription.hidden = !text;
        if (cover) {
            const path = cover.value.trim();
            const wanted = MEDIA_IMAGE.test(path) ? path : image.dataset.defaultSrc;
            if (image.getAttribute('src') !== wanted) {
                image.setAttribute('src', wanted);
            }
        }
    }

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    if (renderedBody) {
        // The live preview (editor.js) renders the text on the server: the description follows its answer.
        new MutationObserver(update).observe(renderedBody, {childList: true, subtree: true, characterData: true});
    }
}());

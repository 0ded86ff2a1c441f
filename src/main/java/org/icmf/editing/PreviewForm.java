package org.icmf.editing;

import jakarta.validation.constraints.Size;

/** The Markdown the editor's script sends for its live preview, bounded like the form's own text field. */
record PreviewForm(
        @Size(max = ContentForm.MAX_BODY_LENGTH, message = "{editor.preview.size}")
        String body) {}

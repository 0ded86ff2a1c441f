/** What a module whose pages readers may comment on implements ({@link org.icmf.comments.spi.CommentSubjectSource}). */
@NamedInterface("spi")
package org.icmf.comments.spi;

import org.springframework.modulith.NamedInterface;

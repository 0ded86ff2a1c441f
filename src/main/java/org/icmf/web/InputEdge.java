package org.icmf.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Where text typed by anyone enters the site: every String Spring MVC binds — form records (constructor binding),
 * {@code @RequestParam}, {@code @PathVariable} — goes through the MVC conversion service and so through this
 * converter, before validation and before any pattern. It removes what no field may hold (NUL and the other control
 * characters except tab and line breaks, DEL, unpaired surrogates, bidirectional overrides and isolates) and cuts the
 * value to a hard bound: one more than the field's own {@code @Size(max)}, so that the field still says "too long"
 * without a megabyte being echoed back into the form, else {@code icmf.web.max-field-length}. A parameter sent twice
 * is joined with a comma (as Spring does) before being cut. Each character is read once.
 *
 * <p>A converter rather than an {@code @InitBinder} editor because a converter sees the target's annotations (the
 * {@code @Size} of a record component), which editors never do.
 */
final class InputEdge implements GenericConverter {

    private final int ceiling;

    InputEdge(int ceiling) {
        this.ceiling = ceiling;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(
                new ConvertiblePair(String.class, String.class), new ConvertiblePair(String[].class, String.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String text = source instanceof String[] values ? String.join(",", values) : (String) source;
        return clean(text, bound(targetType));
    }

    private int bound(TypeDescriptor target) {
        Size size = target.getAnnotation(Size.class);
        // An element of a list is described with the list's annotations, read from no field or parameter of its
        // own: there @Size counts the list's elements, not the element's characters.
        boolean element = target.getResolvableType().getSource() instanceof Type;
        return size != null && size.max() < Integer.MAX_VALUE && !element ? size.max() + 1 : ceiling;
    }

    /** {@code text} without the characters no field may hold, cut to {@code bound} characters at most. */
    static String clean(String text, int bound) {
        if (text.length() <= bound && isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), bound));
        for (int i = 0; i < text.length() && kept.length() < bound; i++) {
            char c = text.charAt(i);
            if (pairStartsAt(text, i)) {
                if (kept.length() + 2 > bound) {
                    break;
                }
                kept.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !forbidden(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (pairStartsAt(text, i)) {
                i++;
            } else if (Character.isSurrogate(c) || forbidden(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairStartsAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A checkbox or a yes/no parameter: "true", "on", "yes" or "1" (any case) is ticked, blank is not given, anything
     * else is not ticked — never a conversion error, so {@code @AssertTrue} says what is missing next to the field.
     */
    static final class LenientBoolean implements GenericConverter {

        private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, Boolean.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            String value = source == null ? "" : ((String) source).strip();
            if (value.isEmpty()) {
                return targetType.isPrimitive() ? Boolean.FALSE : null;
            }
            return value.length() <= 5 && TRUE.contains(value.toLowerCase(Locale.ROOT));
        }
    }
}

package org.icmf.events;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.icmf.events.EventViews.EventDetail;
import org.icmf.web.Markdown;
import org.icmf.web.SiteProperties;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545), written by ical4j: times in Europe/Paris with its VTIMEZONE, a stable UID
 * per event, DTSTAMP, the public page's URL, and STATUS:CANCELLED for a cancelled event. The online link of a
 * video conference is never in it (only registrants get it).
 */
@Component
class EventICalendar {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final SiteProperties site;
    private final Markdown markdown;
    private final TimeZoneRegistry timeZones =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    private final MessageSourceAccessor messages;

    EventICalendar(SiteProperties site, Markdown markdown, MessageSourceAccessor messages) {
        this.messages = messages;
        this.site = site;
        this.markdown = markdown;
    }

    /** A plain RFC 5545 file to import, without an iTIP METHOD (which would call for an ORGANIZER's e-mail). */
    String write(List<EventDetail> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + site.name() + "//Site//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(timeZones.getTimeZone(PARIS.getId()).getVTimeZone());
        for (EventDetail event : events) {
            calendar.add(vevent(event));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private VEvent vevent(EventDetail event) {
        ZonedDateTime start = event.startsAt().atZone(PARIS);
        VEvent vevent = event.endsAt() == null
                ? new VEvent(start, event.title())
                : new VEvent(start, event.endsAt().atZone(PARIS), event.title());
        vevent.add(new Uid("event-" + event.id() + "@" + site.baseUrl().getHost()));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new Location(
                event.online() || !event.hasAddress()
                        ? messages.getMessage("event.online")
                        : join(event.venueName(), event.address())));
        String page = site.absoluteUrl(event.url());
        vevent.add(new Description(markdown.toPlainText(event.descriptionHtml()) + "\n\n" + page));
        vevent.add(new Url(URI.create(page)));
        if (event.state() == EventViews.RegistrationState.CANCELLED) {
            vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return vevent;
    }

    private static String join(String venue, String address) {
        return venue == null ? address : venue + ", " + address;
    }
}

package org.icmf.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icmf.comments.AuthorComments;
import org.icmf.events.Registrations;
import org.icmf.members.spi.MemberChoiceSource;
import org.icmf.membership.ContactDetailsForm;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MemberSelfService.MemberIdentity;
import org.icmf.membership.PublicProfileForm;
import org.icmf.privacy.PersonalDataRequests;
import org.icmf.regions.Region;
import org.icmf.web.AddressForm;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /espace-membre}: the sign-in form for a visitor, the member's dashboard once signed in. Asking for a link has
 * the spam guard and the forms' rate limits, and answers the same sentence whatever became of the address. The
 * mailed link opens a page whose button signs in, so that a mail scanner following the link spends nothing.
 */
@Controller
class MemberSpaceController {

    static final String ASK = MemberSessionCookies.SPACE + "/lien";
    static final String SIGN_IN = MemberSessionCookies.SPACE + "/connexion";
    static final String SIGN_OUT = MemberSessionCookies.SPACE + "/deconnexion";
    static final String CONTACT_DETAILS = MemberSessionCookies.SPACE + "/coordonnees";
    static final String PROFILE = MemberSessionCookies.SPACE + "/profil";
    static final String CHOICES = MemberSessionCookies.SPACE + "/choix";
    static final String PERSONAL_DATA = MemberSessionCookies.SPACE + "/mes-donnees";
    static final String SIGN_OUT_EVERYWHERE = MemberSessionCookies.SPACE + "/deconnexion-partout";

    private final SignInLinks links;
    private final MemberSessions sessions;
    private final MemberSelfService members;
    private final SpamGuard guard;
    private final AddressForm form;
    private final ObjectProvider<MemberChoiceSource> choiceSources;
    private final Registrations registrations;
    private final AuthorComments comments;
    private final PersonalDataRequests personalData;

    MemberSpaceController(
            SignInLinks links,
            MemberSessions sessions,
            MemberSelfService members,
            SpamGuard guard,
            AddressForm form,
            ObjectProvider<MemberChoiceSource> choiceSources,
            Registrations registrations,
            AuthorComments comments,
            PersonalDataRequests personalData) {
        this.links = links;
        this.sessions = sessions;
        this.members = members;
        this.guard = guard;
        this.form = form;
        this.choiceSources = choiceSources;
        this.registrations = registrations;
        this.comments = comments;
        this.personalData = personalData;
    }

    @GetMapping(MemberSessionCookies.SPACE)
    String space(@AuthenticationPrincipal SignedInMember member, Model model) {
        if (member == null) {
            return signInForm(guard.stamp(), model);
        }
        return dashboard(member, model);
    }

    /** The dashboard, with the contact form as typed when it came back with mistakes. */
    private String dashboard(SignedInMember member, Model model) {
        long id = member.memberId();
        MemberIdentity identity = members.find(id).orElseThrow(() -> new NotFoundException("member"));
        model.addAttribute("member", identity);
        model.addAttribute("status", members.status(id));
        model.addAttribute("cheque", members.howToPay());
        model.addAttribute("choices", members.choices(id));
        model.addAttribute("otherChoices", otherChoices(identity));
        String email = identity.email().toLowerCase(Locale.ROOT);
        model.addAttribute("registrations", registrations.of(email));
        model.addAttribute("ownComments", comments.of(email));
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", members.contactDetails(id));
        }
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", members.profile(id));
        }
        model.addAttribute("profileChoice", members.profileChoice(id));
        model.addAttribute("regions", Region.values());
        model.addAttribute("meta", PageMeta.titled("meta.members.space.title"));
        return "members/space";
    }

    /** The choices other modules offer (the newsletter), after the membership's. */
    private List<MemberChoiceSource.MemberChoice> otherChoices(MemberIdentity identity) {
        String email = identity.email().toLowerCase(Locale.ROOT);
        return choiceSources
                .orderedStream()
                .flatMap(source -> source.choices(email).stream())
                .toList();
    }

    @PostMapping(CONTACT_DETAILS)
    String updateContactDetails(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("contact") ContactDetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!members.updateContactDetails(member.memberId(), form, errors)) {
            model.addAttribute("unsaved", "coordonnees");
            return dashboard(member, model);
        }
        redirect.addFlashAttribute("flash", "members.contact.saved");
        return "redirect:" + MemberSessionCookies.SPACE + "#coordonnees";
    }

    @PostMapping(PROFILE)
    String updateProfile(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("profile") PublicProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!members.updateProfile(member.memberId(), form, errors)) {
            model.addAttribute("unsaved", "profil");
            return dashboard(member, model);
        }
        redirect.addFlashAttribute("flash", "members.profile.saved");
        return "redirect:" + MemberSessionCookies.SPACE + "#profil";
    }

    /**
     * The membership's choices, and each other source's: {@code choix} names the other choices ticked (a key no
     * source offers is ignored).
     */
    @PostMapping(CHOICES)
    String choose(
            @AuthenticationPrincipal SignedInMember member,
            @RequestParam(defaultValue = "false") boolean directory,
            @RequestParam(defaultValue = "false") boolean reminders,
            @RequestParam(name = "choix", required = false) Set<String> chosen,
            RedirectAttributes redirect) {
        members.choose(member.memberId(), directory, reminders);
        MemberIdentity identity = members.find(member.memberId()).orElseThrow();
        String email = identity.email().toLowerCase(Locale.ROOT);
        Set<String> ticked = chosen == null ? Set.of() : chosen;
        choiceSources
                .orderedStream()
                .forEach(source -> source.choices(email)
                        .forEach(choice -> source.choose(email, choice.key(), ticked.contains(choice.key()))));
        redirect.addFlashAttribute("flash", "members.choices.saved");
        return "redirect:" + MemberSessionCookies.SPACE + "#choix";
    }

    @PostMapping(ASK)
    String ask(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String stamp,
            @RequestParam(required = false) String website,
            HttpServletRequest http,
            Model model) {
        return form.answer(
                email,
                stamp,
                website,
                model,
                "personalData.form.tooFast",
                "personalData.form.stale",
                next -> signInForm(next, model),
                typed -> {
                    links.request(typed, guard.addressHash(http.getRemoteAddr()));
                    return null;
                });
    }

    private String signInForm(String stamp, Model model) {
        model.addAttribute("stamp", stamp);
        model.addAttribute("linkValidity", links.validity());
        model.addAttribute("linkInterval", links.interval());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.members.signIn.title")
                        .describedAs("meta.members.signIn.description")
                        .at(MemberSessionCookies.SPACE));
        return "members/sign-in";
    }

    /** The page of a mailed link: a button to sign in, which a mail scanner does not press. */
    @GetMapping(SIGN_IN + "/{token}")
    String signInPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", links.usable(token));
        model.addAttribute("stamp", guard.stamp());
        model.addAttribute("meta", PageMeta.titled("meta.members.signIn.title"));
        return "members/sign-in-link";
    }

    @PostMapping(SIGN_IN + "/{token}")
    String signIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        return links.use(token)
                .map(identity -> {
                    sessions.signIn(new SignedInMember(identity.id()), request, response);
                    return "redirect:" + MemberSessionCookies.SPACE;
                })
                .orElseGet(() -> {
                    model.addAttribute("usable", false);
                    model.addAttribute("stamp", guard.stamp());
                    model.addAttribute("meta", PageMeta.titled("meta.members.signIn.title"));
                    return "members/sign-in-link";
                });
    }

    @PostMapping(MemberSessionCookies.SPACE + "/inscriptions/{id:\\d{1,18}}/annuler")
    String cancelRegistration(
            @AuthenticationPrincipal SignedInMember member, @PathVariable long id, RedirectAttributes redirect) {
        if (!registrations.cancelOwn(email(member), id)) {
            throw new NotFoundException("registration " + id);
        }
        redirect.addFlashAttribute("flash", "members.registration.cancelled");
        return "redirect:" + MemberSessionCookies.SPACE + "#inscriptions";
    }

    /** "Mes données" for the signed-in member, without waiting for a mail: a fresh link, opened at once. */
    @PostMapping(PERSONAL_DATA)
    String personalData(@AuthenticationPrincipal SignedInMember member) {
        return "redirect:" + personalData.openFor(email(member));
    }

    private String email(SignedInMember member) {
        return members.find(member.memberId()).orElseThrow().email().toLowerCase(Locale.ROOT);
    }

    @PostMapping(SIGN_OUT_EVERYWHERE)
    String signOutEverywhere(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request) {
        sessions.endAll(member, request);
        return "redirect:" + MemberSessionCookies.SPACE + "?deconnecte";
    }

    @GetMapping(MemberSessionCookies.SPACE + "/attestations/{receipt:[0-9-]{1,20}}.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String receipt, @AuthenticationPrincipal SignedInMember member) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(MemberSelfService.receiptFileName(receipt))
                                .build()
                                .toString())
                .body(members.receiptPdf(member.memberId(), receipt));
    }
}

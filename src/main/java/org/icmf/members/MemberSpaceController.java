package org.icmf.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.icmf.membership.MemberSelfService;
import org.icmf.membership.MemberSelfService.MemberIdentity;
import org.icmf.web.EmailAddresses;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.icmf.web.SpamGuard.Verdict;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    static final String SIGN_OUT_EVERYWHERE = MemberSessionCookies.SPACE + "/deconnexion-partout";

    private final SignInLinks links;
    private final MemberSessions sessions;
    private final MemberSelfService members;
    private final SpamGuard guard;

    MemberSpaceController(SignInLinks links, MemberSessions sessions, MemberSelfService members, SpamGuard guard) {
        this.links = links;
        this.sessions = sessions;
        this.members = members;
        this.guard = guard;
    }

    @GetMapping(MemberSessionCookies.SPACE)
    String space(@AuthenticationPrincipal SignedInMember member, Model model) {
        if (member == null) {
            return signInForm(guard.stamp(), model);
        }
        MemberIdentity identity = members.find(member.memberId()).orElseThrow(() -> new NotFoundException("member"));
        model.addAttribute("member", identity);
        model.addAttribute("status", members.status(member.memberId()));
        model.addAttribute("cheque", members.howToPay());
        model.addAttribute("meta", PageMeta.titled("meta.members.space.title"));
        return "members/space";
    }

    @PostMapping(ASK)
    String ask(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String stamp,
            @RequestParam(required = false) String website,
            HttpServletRequest http,
            Model model) {
        Verdict verdict = guard.check(stamp, website);
        if (verdict == Verdict.HONEYPOT) {
            // A robot: the answer a person gets, and nothing is looked up, stored or mailed.
            model.addAttribute("sent", true);
            return signInForm(guard.stamp(), model);
        }
        // A stale stamp is replaced; a recent one is kept, so that the time spent correcting counts.
        String nextStamp = verdict == Verdict.STALE_FORM ? guard.stamp() : stamp;
        String typed = email.strip();
        if (!EmailAddresses.isValid(typed)) {
            model.addAttribute("email", typed);
            model.addAttribute("invalid", true);
            return signInForm(nextStamp, model);
        }
        if (verdict != Verdict.PASSED) {
            model.addAttribute("email", typed);
            model.addAttribute(
                    "formError", verdict == Verdict.TOO_FAST ? "personalData.form.tooFast" : "personalData.form.stale");
            return signInForm(nextStamp, model);
        }
        links.request(typed, guard.addressHash(http.getRemoteAddr()));
        model.addAttribute("sent", true);
        return signInForm(guard.stamp(), model);
    }

    private String signInForm(String stamp, Model model) {
        model.addAttribute("stamp", stamp);
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

package org.icmf.pages;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The facts of the legal notices that depend on who runs the site and where it is deployed; the pages show them
 * through placeholders ({@link LegalPlaceholders}). Defaults: the president named in the 2009 seed, and visible
 * "à renseigner" texts for the host, which only the deployment knows.
 *
 * @param director the publication director (LCEN art. 6-III)
 * @param phone    the association's telephone, as the seed gives it
 * @param host     the company hosting the site, and how long it keeps its server logs
 */
@ConfigurationProperties("icmf.legal")
record LegalProperties(
        @DefaultValue Director director,
        @DefaultValue("06 18 01 09 64") String phone,
        @DefaultValue Host host) {

    /**
     * @param name  full name
     * @param role  their role in the association
     * @param email where to write to them
     */
    public record Director(
            @DefaultValue("Olivier Kayser") String name,
            @DefaultValue("président de l’association") String role,
            @DefaultValue("okayser@communitymanager.fr") String email) {}

    /**
     * @param name         company name
     * @param address      postal address
     * @param phone        telephone
     * @param logRetention how long the host keeps the server's logs (client addresses, pages asked for)
     */
    public record Host(
            @DefaultValue("Hébergeur à renseigner (icmf.legal.host.name)")
            String name,

            @DefaultValue("Adresse à renseigner (icmf.legal.host.address)")
            String address,

            @DefaultValue("Téléphone à renseigner (icmf.legal.host.phone)")
            String phone,

            @DefaultValue("365d") Duration logRetention) {}
}

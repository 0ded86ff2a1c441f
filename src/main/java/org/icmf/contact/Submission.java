package org.icmf.contact;

import org.icmf.regions.Region;

/**
 * A message as checked from the form: name and e-mail normalised, the representative's region and name when it is
 * written to one, the keyed hash of the client address and the key that recognises the same form sent again.
 */
record Submission(
        String name,
        String email,
        String organisation,
        Topic topic,
        Region region,
        String representativeName,
        String message,
        String addressHash,
        String key) {}

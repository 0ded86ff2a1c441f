package org.icmf.volume;

import org.icmf.IcmfApplication;
import org.springframework.boot.SpringApplication;

/**
 * The site with {@link VolumeData} generated at start, in its own data directory ({@code ./data-volume} unless
 * ICMF_DATA_DIR says otherwise) so that the everyday {@code ./data} stays as it is:
 * {@code ./mvnw spring-boot:test-run}, optionally with {@code -Dspring-boot.run.arguments=--icmf.volume.scale=0.1}.
 */
public final class VolumeDataApplication {

    private VolumeDataApplication() {}

    public static void main(String[] args) {
        if (System.getenv("ICMF_DATA_DIR") == null) {
            System.setProperty("icmf.data-dir", "./data-volume");
        }
        SpringApplication.from(IcmfApplication::main).with(VolumeData.class).run(args);
    }
}

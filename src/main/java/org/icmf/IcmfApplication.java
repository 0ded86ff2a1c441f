package org.icmf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class IcmfApplication {

    public static void main(String[] args) {
        SpringApplication.run(IcmfApplication.class, args);
    }
}

package org.icmf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IcmfApplication {

    public static void main(String[] args) {
        SpringApplication.run(IcmfApplication.class, args);
    }
}

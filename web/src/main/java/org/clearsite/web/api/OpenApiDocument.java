package org.clearsite.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says of the API as a whole: its purpose and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  @Bean
  OpenAPI clearsiteApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Clearsite API")
                .version("v1")
                .description(
                    "Sites, devices, attributions, reviews and register imports, with the same"
                        + " permissions and department scope as the web pages. Authenticate with"
                        + " a personal token from `clearsite tokens create NAME`.")
                .license(new License().name("Open source")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token (cst_...)")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}

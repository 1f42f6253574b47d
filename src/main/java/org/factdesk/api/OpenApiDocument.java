package org.factdesk.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API described as OpenAPI 3.1 (springdoc reads the controllers: every {@code /api/v1}
 * mapping with its request and response types), served at {@code /v3/api-docs} to signed-in callers.
 * Its two ways in are said once, for every operation: HTTP Basic with a username and password, or a
 * personal API token as a Bearer token. {@code ../shared/API.md} stays the guide for people.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI factdeskApi() {
        return new OpenAPI()
                .info(new Info().title("Factdesk API").version("v1")
                        .description("Claims, their attribution, evidence, verdicts and workflow; documents, sources,"
                                + " reports and the published record. Errors are RFC 9457 problem details"
                                + " (application/problem+json) with the field at fault where there is one.")
                        .license(new License().name("See the project's NOTICE")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A Factdesk username and password"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (POST /api/v1/me/tokens)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /**
     * The errors every operation can answer, as the API answers them (RFC 9457 problem details from
     * {@code ApiExceptionHandler} and the security filters): 401 and 403 everywhere, 404 where a path
     * names something, 422 where a body or parameters are read, 409 where a write may meet what
     * exists, 412 where it takes {@code If-Match}.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> problem = new ObjectSchema()
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("What was wrong, in words"))
                    .addProperty("instance", new StringSchema().format("uri"))
                    .addProperty("field", new StringSchema().description("The request field at fault, where one is"))
                    .description("An RFC 9457 problem detail");
            api.getComponents().addSchemas("ProblemDetail", problem);
            var ref = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var responses = operation.getResponses();
                responses.addApiResponse("401", new ApiResponse().description("Not signed in").content(ref));
                responses.addApiResponse("403", new ApiResponse().description("The caller's role does not allow it")
                        .content(ref));
                if (path.contains("{")) {
                    responses.addApiResponse("404", new ApiResponse().description("No such thing").content(ref));
                }
                boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
                if (write || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                    responses.addApiResponse("422", new ApiResponse()
                            .description("A field or parameter is not acceptable; the problem names it").content(ref));
                }
                if (write) {
                    responses.addApiResponse("409", new ApiResponse().description("It conflicts with what exists")
                            .content(ref));
                }
                if (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
                    responses.addApiResponse("412", new ApiResponse()
                            .description("If-Match names a version that is no longer the current one").content(ref));
                }
            }));
        };
    }

    /**
     * Request examples for the everyday writes, kept as data in {@code api/examples.json} (operation,
     * name, summary, body). {@code ApiExamplesTest} sends each one to the API it documents and expects
     * it to be accepted, so an example that no longer fits its endpoint fails the build.
     */
    @Bean
    OpenApiCustomizer requestExamples() {
        List<Map<String, Object>> examples;
        try (var in = new ClassPathResource("api/examples.json").getInputStream()) {
            examples = JsonMapper.shared().readValue(in, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("api/examples.json could not be read", e);
        }
        return api -> {
            for (var example : examples) {
                var operation = String.valueOf(example.get("operation")).split(" ", 2);
                var item = api.getPaths().get(operation[1]);
                var found = item == null ? null
                        : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(operation[0].toUpperCase(Locale.ROOT)));
                if (found == null || found.getRequestBody() == null || found.getRequestBody().getContent() == null
                        || found.getRequestBody().getContent().get("application/json") == null) {
                    throw new IllegalStateException("api/examples.json: " + example.get("operation")
                            + " is not an operation with a JSON body");
                }
                found.getRequestBody().getContent().get("application/json").addExamples(
                        String.valueOf(example.get("name")),
                        new Example().summary(String.valueOf(example.get("summary"))).value(example.get("body")));
            }
        };
    }
}

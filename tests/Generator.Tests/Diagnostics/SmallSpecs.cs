namespace OpenApiClientGenerator.Tests.Diagnostics;

/// <summary>Small valid specs that produce no diagnostics, for tests that need a well-formed neighbour.</summary>
internal static class SmallSpecs
{
    public const string PetsYaml = """
        openapi: 3.0.3
        info:
          title: Pets
          version: '1.0'
        servers:
          - url: https://api.example.com
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Pet'
        components:
          schemas:
            Pet:
              type: object
              properties:
                name:
                  type: string
        """;

    public const string StoreJson = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Store", "version": "1.0" },
          "servers": [ { "url": "https://store.example.com" } ],
          "paths": {
            "/orders": {
              "get": {
                "operationId": "listOrders",
                "responses": { "204": { "description": "ok" } }
              }
            }
          }
        }
        """;
}

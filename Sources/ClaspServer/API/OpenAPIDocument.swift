/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.yaml`. Router tests
/// check that every route the API controller registers is described here.
///
/// The document is data, kept as `Resources/openapi.yaml` (readable and checkable by any OpenAPI
/// tool) and embedded into the binary at build time, so a copied `clasp` needs no resource bundle.
enum OpenAPIDocument {
    static let yaml = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
}

#!/usr/bin/env bash
# Package test: packs the OpenApiClientGenerator NuGet package into a temp folder feed, checks what is inside,
# then builds and runs two brand-new consumers (net10.0, Nullable, warnings as errors) against that feed:
#   consumer/       one PackageReference, one custom spec plus the four bundled ones (on by default)
#   layered/App     references layered/Lib, and only Lib references the package: App gets the runtime, the
#                   generator and the OpenApiSpec item through buildTransitive, declares its own spec, and must
#                   not generate the bundled clients a second time (they are Lib's public types: CS0436)
#   legacy/         a netstandard2.0 library (built only): the polyfills for init/required, dates without DateOnly,
#                   and the runtime's netstandard2.0 build with its System.Text.Json dependency
# This is the only check of what a package user gets: a DLL missing from analyzers/dotnet/cs shows up as
# CS8785 (generator failed), which warnings-as-errors turns into a failed build here.
#
# Env: OPENAPI_CORPUS_DIR  folder with swagger-petstore3.yaml (default <repo>/../shared/corpus, then /work/shared/corpus)
#      KEEP_PACKAGE_TEST=1 keep the temp folder for inspection
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${OPENAPI_CORPUS_DIR:-$root/../shared/corpus}"
if [ ! -d "$corpus" ]; then
  corpus=/work/shared/corpus
fi
spec="$corpus/swagger-petstore3.yaml"
if [ ! -f "$spec" ]; then
  echo "package test: $spec not found (set OPENAPI_CORPUS_DIR)" >&2
  exit 1
fi
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"

# A version no earlier run used, so no cached copy of an older package can ever be what gets tested.
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/openapi-package-test.XXXXXX")"
if [ "${KEEP_PACKAGE_TEST:-}" = "1" ]; then
  echo "package test: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
feed="$work/feed"
consumer="$work/consumer"
layered="$work/layered"
legacy="$work/legacy"
mkdir -p "$feed" "$consumer" "$layered/Lib" "$layered/App" "$legacy"

echo "== package test: pack OpenApiClientGenerator $version"
dotnet pack "$root/src/Runtime/Runtime.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v:q
nupkg="$feed/OpenApiClientGenerator.$version.nupkg"
[ -f "$nupkg" ] || { echo "package test: $nupkg was not created" >&2; exit 1; }

echo "== package test: contents"
unzip -l "$nupkg"
entries="$(unzip -Z1 "$nupkg")"
failures=0
fail() { echo "package test: FAIL: $*" >&2; failures=$((failures + 1)); }

analyzers="$(printf '%s\n' "$entries" | grep '^analyzers/' | sort)"
expected_analyzers="$(printf 'analyzers/dotnet/cs/%s\n' \
  Microsoft.OpenApi.dll Microsoft.OpenApi.YamlReader.dll OpenApiClientGenerator.dll Scriban.Signed.dll SharpYaml.dll | sort)"
if [ "$analyzers" != "$expected_analyzers" ]; then
  fail "analyzers/ holds"$'\n'"$analyzers"$'\n'"expected exactly"$'\n'"$expected_analyzers"
fi
for entry in \
  lib/netstandard2.0/OpenApiClientGenerator.Runtime.dll lib/net8.0/OpenApiClientGenerator.Runtime.dll \
  build/OpenApiClientGenerator.props build/OpenApiClientGenerator.targets \
  buildTransitive/OpenApiClientGenerator.props buildTransitive/OpenApiClientGenerator.targets \
  specs/leadconduit_api.json specs/claims_api-v4.yaml specs/trustedform_v3.json specs/trustedform_v2.yaml \
  README.md; do
  printf '%s\n' "$entries" | grep -qxF "$entry" || fail "missing $entry"
done
for folder in build buildTransitive; do
  for ext in props targets; do
    unzip -p "$nupkg" "$folder/OpenApiClientGenerator.$ext" | cmp -s - "$root/src/Generator/build/OpenApiClientGenerator.$ext" \
      || fail "$folder/OpenApiClientGenerator.$ext differs from src/Generator/build"
  done
done
# The generator and its helpers are compile-time only: nothing but System.Text.Json (netstandard2.0 runtime) may flow to users.
dependencies="$(unzip -p "$nupkg" OpenApiClientGenerator.nuspec | grep -o '<dependency id="[^"]*"' | sort -u || true)"
if [ "$dependencies" != '<dependency id="System.Text.Json"' ]; then
  fail "unexpected package dependencies: $dependencies"
fi
[ "$failures" -eq 0 ] || exit 1

# One nuget.config above both consumers: the folder feed with the fresh package, and nuget.org.
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="package-test" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
EOF

cat > "$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="OpenApiClientGenerator" Version="$version" />
    <!-- The four bundled specs are on by default; this is the one custom spec. -->
    <OpenApiSpec Include="$spec" Namespace="Petstore" ClientName="PetstoreClient" />
  </ItemGroup>
</Project>
EOF
cat > "$consumer/Program.cs" <<'EOF'
using ActiveProspect.LeadConduit;
using Petstore;

// The custom spec, through its generated mock handler.
var petstore = PetstoreClientMockHandler.CreateClient(out var petHandler);
var pet = await petstore.Pet.GetByIdAsync(10);
Check(petHandler.Requests.Count == 1 && petHandler.Requests[0].OperationId == "getPetById", "petstore request was not routed to getPetById");
Console.WriteLine($"consumer: petstore GET /pet/10 -> {pet.Name} ({pet.Status})");

// A bundled spec, on by default.
var leadConduit = LeadConduitClientMockHandler.CreateClient(out var leadHandler);
var flows = await leadConduit.Flows.ListAsync();
Check(flows.Count > 0 && leadHandler.Requests.Count == 1, "leadconduit mock answered no flows");
Console.WriteLine($"consumer: leadconduit GET /flows -> {flows.Count} flow(s), first '{flows[0].Name}'");

// The other bundled clients are there too; DI registration only appears when Microsoft.Extensions.Http is referenced.
foreach (var name in new[] { "ActiveProspect.TrustedForm.V4.TrustedFormV4Client", "ActiveProspect.TrustedForm.V3.TrustedFormV3Client", "ActiveProspect.TrustedForm.V2.TrustedFormV2Client" })
{
    Check(typeof(PetstoreClient).Assembly.GetType(name) is not null, name + " was not generated");
}

Check(typeof(PetstoreClient).Assembly.GetType("Petstore.PetstoreClientServiceCollectionExtensions") is null, "DI extensions generated without Microsoft.Extensions.Http");
Console.WriteLine("consumer: OK");
return 0;

static void Check(bool condition, string message)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer: FAIL: " + message);
        Environment.Exit(1);
    }
}
EOF

cat > "$layered/Lib/Lib.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="OpenApiClientGenerator" Version="$version" />
  </ItemGroup>
</Project>
EOF
cat > "$layered/Lib/Flows.cs" <<'EOF'
namespace Lib;

/// <summary>Library code built on a bundled client.</summary>
public static class Flows
{
    public static async System.Threading.Tasks.Task<int> CountAsync(ActiveProspect.LeadConduit.ILeadConduitClient client) =>
        (await client.Flows.ListAsync()).Count;
}
EOF
cat > "$layered/App/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <!-- No PackageReference here: the package reaches App through Lib. -->
    <ProjectReference Include="../Lib/Lib.csproj" />
    <OpenApiSpec Include="$spec" Namespace="Petstore" ClientName="PetstoreClient" />
  </ItemGroup>
</Project>
EOF
cat > "$layered/App/Program.cs" <<'EOF'
using ActiveProspect.LeadConduit;
using Petstore;

var pet = await PetstoreClientMockHandler.CreateClient(out _).Pet.GetByIdAsync(10);
var flows = await Lib.Flows.CountAsync(LeadConduitClientMockHandler.CreateClient(out _));
if (typeof(LeadConduitClient).Assembly.GetName().Name != "Lib" || typeof(PetstoreClient).Assembly.GetType("ActiveProspect.LeadConduit.LeadConduitClient") is not null)
{
    Console.Error.WriteLine("layered: FAIL: the bundled clients were generated again in App");
    return 1;
}

Console.WriteLine($"layered: App's own petstore client -> {pet.Name}; Lib's bundled LeadConduit client -> {flows} flow(s)");
Console.WriteLine("layered: OK");
return 0;
EOF

cat > "$legacy/Legacy.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="OpenApiClientGenerator" Version="$version" />
    <OpenApiSpec Include="$spec" Namespace="Petstore" ClientName="PetstoreClient" />
  </ItemGroup>
</Project>
EOF
cat > "$legacy/Usage.cs" <<'EOF'
namespace Legacy;

/// <summary>Library code on .NET Standard 2.0 using a bundled client and a custom one.</summary>
public static class Usage
{
    public static async System.Threading.Tasks.Task<string> FirstFlowAsync(ActiveProspect.LeadConduit.ILeadConduitClient client) =>
        (await client.Flows.ListAsync()).Count > 0 ? "ok" : "none";

    public static Petstore.Pet NewPet() => new Petstore.Pet { Name = "doggie", PhotoUrls = new[] { "https://example.com/dog.png" } };
}
EOF

echo "== package test: build legacy (netstandard2.0)"
(cd "$legacy" && dotnet build -nologo -v:q --packages "$work/packages")

# An isolated packages folder: the fresh package never lands in (or is read from) the machine-wide cache.
# The consumers' only package is ours (net10.0 takes lib/net8.0, which has no dependencies), so this stays fast.
for project in "$consumer" "$layered/App"; do
  echo "== package test: build and run ${project#"$work"/}"
  (cd "$project" && dotnet build -nologo -v:q --packages "$work/packages" && dotnet run --no-build)
done
echo "package test: OK ($version)"

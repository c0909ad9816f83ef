package org.clearsite.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionEngineTest {

  private final AttributionEngine engine = new AttributionEngine(Fixture.knowledge());

  @Test
  void aRegisterSpellingAndAModelWithoutItsDashNameTheMaker() {
    Attribution a = engine.attribute(Map.of("make", "Hik Vision", "model", "DS2CD2143G0I"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.makerId()).isEqualTo("hikvision");
    assertThat(a.deviceType()).isEqualTo("camera");
    assertThat(a.confidence()).isGreaterThan(0.95);
    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isTrue();
    assertThat(a.regimes().get("uk-sensitive-sites").rule()).isEqualTo("determination:hikvision");
    assertThat(a.evidence())
        .extracting(Evidence::rule)
        .contains("organisation:hikvision", "fingerprint:hikvision-model-ds2cd");
  }

  @Test
  void evidenceSaysWhatARuleYieldsInTheOrderTheKnowledgeBaseWritesIt() {
    Attribution a = engine.attribute(Map.of("model", "DS-2CD2143G0-I"));

    assertThat(a.evidence())
        .extracting(Evidence::indicates)
        .containsExactly("maker=hikvision, model=DS-2CD2143G0, device_type=camera");
  }

  @Test
  void aMisspeltMakeIsForgivenButCountsForLess() {
    Attribution typo = engine.attribute(Map.of("make", "Hikvison"));
    Attribution right = engine.attribute(Map.of("make", "Hikvision"));

    assertThat(typo.maker()).isEqualTo("Hikvision");
    assertThat(typo.evidence().get(0).weight()).isLessThan(right.evidence().get(0).weight());
  }

  @Test
  void anOemBrandOnOnvifWithTheMakersMacPrefixIsTheBrandMadeByTheMaker() {
    Attribution a =
        engine.attribute(Map.of("onvif_manufacturer", "ANNKE", "mac", "44-19-b6-12-34-56"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.brand()).isEqualTo("Annke");
    assertThat(a.evidence())
        .extracting(Evidence::rule)
        .contains("brand:annke", "mac-prefix:4419B6");
    assertThat(a.conflicts()).isEmpty();
  }

  @Test
  void thinEvidenceIsUnknownRatherThanAGuess() {
    Attribution words = engine.attribute(Map.of("description", "dome camera b/w"));
    Attribution macOnly = engine.attribute(Map.of("mac", "44:19:b6:00:00:01"));

    assertThat(words.maker()).isNull();
    assertThat(words.regimes().get("uk-sensitive-sites").covered()).isNull();
    assertThat(macOnly.maker()).isNull();
    assertThat(macOnly.evidence()).extracting(Evidence::rule).containsExactly("mac-prefix:4419B6");
  }

  @Test
  void aVideoMakersMacPrefixOnADeviceServingRtspNamesTheMaker() {
    Attribution rtsp = engine.attribute(Map.of("mac", "44:19:b6:00:00:01", "open_ports", "80 554"));
    Attribution camera =
        engine.attribute(Map.of("mac", "44:19:b6:00:00:01", "device_type", "IP dome"));
    Attribution webOnly =
        engine.attribute(Map.of("mac", "44:19:b6:00:00:01", "open_ports", "80 5540"));

    assertThat(rtsp.maker()).isEqualTo("Hikvision");
    assertThat(rtsp.evidence()).singleElement().extracting(Evidence::weight).isEqualTo(0.6);
    assertThat(camera.maker()).isEqualTo("Hikvision");
    assertThat(webOnly.maker()).isNull();
  }

  @Test
  void aModelTypedWithAUnicodeHyphenIsReadAsWithAnAsciiOne() {
    Attribution a = engine.attribute(Map.of("model", "DS\u20102CD2143G0\u2013I"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.model()).isEqualTo("DS-2CD2143G0-I");
  }

  @Test
  void aSubsidiaryThatMakesEquipmentIsTheMakerWhenItsParentIsNamedToo() {
    Attribution a =
        engine.attribute(
            Map.of("make", "Hikvision", "model", "DS-2CD2143G0-I", "onvif_manufacturer", "EZVIZ"));
    Attribution parentOnly =
        engine.attribute(Map.of("make", "Hikvision", "model", "DS-2CD2143G0-I"));

    assertThat(a.evidence()).extracting(Evidence::indicates).contains("maker=ezviz");
    assertThat(a.maker()).isEqualTo("EZVIZ");
    assertThat(parentOnly.maker()).isEqualTo("Hikvision");
    assertThat(a.conflicts()).isEmpty();
  }

  @Test
  void aMakerOutsideThePrcIsNotCovered() {
    Attribution a = engine.attribute(Map.of("model", "AXIS P3245-V"));

    assertThat(a.maker()).isEqualTo("Axis Communications");
    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isFalse();
    assertThat(a.regimes().get("uk-sensitive-sites").rule()).isEqualTo("default");
  }

  @Test
  void aPrcMakerWithoutADeterminationIsUnderReviewUnderTheUkTest() {
    Attribution a = engine.attribute(Map.of("make", "Uniview"));

    assertThat(a.regimes().get("uk-sensitive-sites").verdict()).isEqualTo("under_review");
    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isNull();
    assertThat(a.regimes().get("us-ndaa-889").covered()).isFalse();
  }

  @Test
  void aSubsidiaryIsCoveredThroughItsParent() {
    Attribution a = engine.attribute(Map.of("make", "EZVIZ"));

    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isTrue();
    assertThat(a.regimes().get("uk-sensitive-sites").rule())
        .isEqualTo("determination:hikvision (parent of ezviz)");
  }

  @Test
  void equipmentOutsideTheRegimesScopeIsNotCovered() {
    Attribution a = engine.attribute(Map.of("make", "Hikvision", "device_type", "other"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isFalse();
    assertThat(a.regimes().get("uk-sensitive-sites").rule())
        .isEqualTo("scope: other is outside the regime");
  }

  @Test
  void aVideoIntercomOfACoveredMakerIsCoveredUnderTheUkTest() {
    Attribution a = engine.attribute(Map.of("model", "DS-KV6113-WPE1(C)"));

    assertThat(a.deviceType()).isEqualTo("intercom");
    assertThat(a.regimes().get("uk-sensitive-sites").covered()).isTrue();
  }

  @Test
  void aClassUnderReviewHoldsBackOnlyWhatTheMakerTestWouldCover() {
    Attribution hikvision = engine.attribute(Map.of("model", "DS-K1T341AM"));
    Attribution axis = engine.attribute(Map.of("make", "Axis", "device_type", "card reader"));

    assertThat(hikvision.deviceType()).isEqualTo("access_control");
    assertThat(hikvision.regimes().get("uk-sensitive-sites").verdict()).isEqualTo("under_review");
    assertThat(hikvision.regimes().get("uk-sensitive-sites").rule())
        .isEqualTo("scope: access_control needs review; determination:hikvision");
    assertThat(axis.regimes().get("uk-sensitive-sites").covered()).isFalse();
  }

  @Test
  void evidenceForAnotherMakerIsAConflictAndLowersConfidence() {
    Attribution agreed = engine.attribute(Map.of("make", "Axis", "model", "AXIS P3245-V"));
    Attribution disputed =
        engine.attribute(
            Map.of("make", "Axis", "model", "AXIS P3245-V", "http_server", "App-webs/"));

    assertThat(disputed.conflicts()).singleElement().asString().contains("Hikvision");
    assertThat(disputed.confidence()).isLessThan(agreed.confidence());
  }

  @Test
  void hostileValuesGetABoundedAnswer() {
    String huge = "A".repeat(10 * 1024 * 1024);
    Attribution a =
        engine.attribute(
            Map.of(
                "http_server",
                huge,
                "model",
                "DS-2CD" + "9".repeat(100_000) + "!",
                "make",
                "\u0000\uFFFF((((a+)+)+)+"));

    assertThat(a.evidence())
        .allSatisfy(e -> assertThat(e.value().length()).isLessThanOrEqualTo(4096));
    assertThat(a.maker()).isEqualTo("Hikvision");
  }

  @Test
  void aDeviceTypeAsPeopleWriteItIsReadNotTakenLiterally() {
    Attribution nvr = engine.attribute(Map.of("make", "Hikvision", "device_type", "NVR 16ch"));
    Attribution odd = engine.attribute(Map.of("make", "Hikvision", "device_type", "gizmo"));

    assertThat(nvr.deviceType()).isEqualTo("recorder");
    assertThat(nvr.regimes().get("uk-sensitive-sites").covered()).isTrue();
    assertThat(odd.deviceType()).isNull();
    assertThat(odd.regimes().get("uk-sensitive-sites").covered()).isTrue();
  }

  @Test
  void aBrandLinkCountsInFullOnlyForRecordsDatedWithinIt() {
    Attribution during =
        engine.attribute(Map.of("make", "Oldbrand", "description", "installed 2017"));
    Attribution after = engine.attribute(Map.of("make", "Oldbrand", "description", "bought 2022"));
    Attribution undated = engine.attribute(Map.of("make", "Oldbrand"));

    assertThat(during.maker()).isEqualTo("Hikvision");
    assertThat(during.brand()).isEqualTo("Oldbrand");
    assertThat(after.maker()).isNull();
    assertThat(undated.confidence()).isLessThan(during.confidence());
  }

  @Test
  void evidenceNamingABrandsOwnerPointsToTheBrandsMaker() {
    Attribution a = engine.attribute(Map.of("make", "OldCo Security Ltd.", "description", "2016"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.brand()).isEqualTo("Oldbrand");
    assertThat(a.conflicts()).isEmpty();
    assertThat(a.evidence().get(0).indicates()).contains("which sells Oldbrand made by hikvision");
  }

  @Test
  void aHostNameThatIsAModelNumberCountsForSomewhatLessThanTheModel() {
    Attribution a = engine.attribute(Map.of("hostname", "DS-2CD2143G0-I"));

    assertThat(a.maker()).isEqualTo("Hikvision");
    assertThat(a.evidence())
        .singleElement()
        .satisfies(e ->
            assertThat(e.weight())
                .isCloseTo(0.95 * 0.8, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void evidenceForAnotherPartOfTheSameFamilyIsNoConflict() {
    Attribution a = engine.attribute(Map.of("make", "EZVIZ", "http_server", "App-webs/"));

    assertThat(a.conflicts()).isEmpty();
  }

  @Test
  void aKnownSiteTierAppliesTheRegimesSiteTestButNotTheEquipmentTest() {
    Attribution standard = engine.attribute(Map.of("make", "Hikvision", "site_tier", "standard"));
    Attribution sensitive =
        engine.attribute(Map.of("make", "Hikvision", "site_tier", "Highly sensitive"));

    assertThat(standard.equipment().get("uk-sensitive-sites").covered()).isTrue();
    assertThat(standard.regimes().get("uk-sensitive-sites").covered()).isFalse();
    assertThat(standard.regimes().get("uk-sensitive-sites").rule())
        .endsWith("site: standard is outside the regime");
    assertThat(standard.regimes().get("us-ndaa-889").covered()).isTrue();
    assertThat(sensitive.regimes().get("uk-sensitive-sites").covered()).isTrue();
  }

  @Test
  void theFullRegistryIsReadOnlyWhenTheKnowledgeBaseDoesNotKnowTheMac() {
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    AttributionEngine withRegistry =
        new AttributionEngine(
            Fixture.knowledge(),
            () -> {
              reads.incrementAndGet();
              return java.util.List.of(
                  new org.clearsite.attribution.knowledge.MacPrefix(
                      "001132", null, "Synology Incorporated", null, null));
            });

    withRegistry.attribute(Map.of("mac", "44:19:b6:00:00:01"));
    assertThat(reads).hasValue(0);

    Attribution other = withRegistry.attribute(Map.of("mac", "00:11:32:00:00:01"));
    withRegistry.attribute(Map.of("mac", "00:11:32:00:00:02"));
    assertThat(reads).hasValue(1);
    assertThat(other.maker()).isNull();
    assertThat(other.evidence())
        .singleElement()
        .satisfies(e ->
            assertThat(e.indicates()).isEqualTo("interface registered to Synology Incorporated"));
  }
}

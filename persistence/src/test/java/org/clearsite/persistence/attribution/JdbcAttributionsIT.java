package org.clearsite.persistence.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.clearsite.estate.EstateDevice;
import org.clearsite.persistence.RowsSource;
import org.clearsite.persistence.TestDatabase;
import org.clearsite.persistence.estate.JdbcEstate;
import org.clearsite.persistence.register.JdbcRegisterStore;
import org.clearsite.register.ImportProgress;
import org.clearsite.register.RegisterImport;
import org.clearsite.register.RegisterRow;
import org.clearsite.register.RegisterSource;
import org.clearsite.site.SensitivityPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attributions are kept per device and redone when the knowledge base version changes. */
class JdbcAttributionsIT {

  private TestDatabase db;
  private JdbcAttributions attributions;

  @BeforeEach
  void load() {
    db = TestDatabase.create();
    attributions = new JdbcAttributions(db.database());
    List<RegisterRow> rows = new ArrayList<>();
    rows.add(new RegisterRow(1, List.of("Site", "Type", "Make", "Model", "Serial", "MAC")));
    for (int i = 0; i < 12_345; i++) {
      rows.add(
          new RegisterRow(
              i + 2,
              List.of(
                  "HQ",
                  i % 2 == 0 ? "camera" : "other",
                  "Hikvision",
                  "DS-2CD2143G0-I",
                  "S" + i,
                  "")));
    }
    RegisterSource source = RowsSource.of(rows);
    new RegisterImport(
            new JdbcRegisterStore(db.database(), Clock.systemUTC()),
            SensitivityPolicy.ukDefault(),
            Clock.systemUTC())
        .run(source, "Home Office", new Properties(), ImportProgress.SILENT);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private List<JdbcAttributions.Unattributed> allStale(int version) {
    List<JdbcAttributions.Unattributed> all = new ArrayList<>();
    long after = 0;
    List<JdbcAttributions.Unattributed> page;
    while (!(page = attributions.stale(version, after)).isEmpty()) {
      all.addAll(page);
      after = page.get(page.size() - 1).id();
    }
    return all;
  }

  @Test
  void devicesAreAttributedOncePerKnowledgeBaseVersion() {
    List<JdbcAttributions.Unattributed> stale = allStale(1);
    assertThat(stale).hasSize(12_345);
    assertThat(stale.get(0).fields())
        .containsEntry("make", "Hikvision")
        .containsEntry("model", "DS-2CD2143G0-I")
        .containsEntry("device_type", "camera");
    assertThat(stale.get(1).fields()).doesNotContainKey("device_type");

    List<JdbcAttributions.Decided> decided = new ArrayList<>();
    for (int i = 0; i < stale.size(); i++) {
      decided.add(
          new JdbcAttributions.Decided(
              stale.get(i).id(),
              "Hikvision",
              "Hikvision",
              "camera",
              0.97,
              i % 2 == 0 ? true : null));
    }
    attributions.save(1, decided);

    assertThat(allStale(1)).isEmpty();
    assertThat(allStale(2)).hasSize(12_345);
    List<EstateDevice> devices = new ArrayList<>();
    new JdbcEstate(db.database()).devices(Optional.empty(), devices::add);
    assertThat(devices)
        .allSatisfy(d -> {
          assertThat(d.finding().maker()).isEqualTo("Hikvision");
          assertThat(d.finding().confidence()).isEqualTo(0.97);
          assertThat(d.finding().knowledgeVersion()).isEqualTo(1);
        });
    assertThat(devices).anySatisfy(d -> assertThat(d.finding().covered()).isTrue());
    assertThat(devices).anySatisfy(d -> assertThat(d.finding().covered()).isNull());
  }

  @Test
  void aDeviceNotYetAttributedHasNoFinding() {
    List<EstateDevice> devices = new ArrayList<>();
    new JdbcEstate(db.database()).devices(Optional.empty(), devices::add);

    assertThat(devices).allSatisfy(d -> assertThat(d.finding()).isNull());
  }
}

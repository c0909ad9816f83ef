package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearsite.persistence.device.JdbcDevices;
import org.junit.jupiter.api.Test;

class DeviceSearchIndexTest {

  /** PostgreSQL uses an expression index only for the very same expression. */
  @Test
  void searchLooksInExactlyTheIndexedExpression() {
    assertThat(JdbcDevices.SEARCH_TEXT.replace("d.", ""))
        .isEqualTo(V9__Device_search_index.INDEXED);
  }
}

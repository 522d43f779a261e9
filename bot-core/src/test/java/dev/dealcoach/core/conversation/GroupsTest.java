package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void putsItemsInOrderIntoGroupsOfAtMostTheSize() {
        assertThat(Groups.of(List.of(1, 2, 3, 4, 5, 6, 7), 3))
                .containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
    }

    @Test
    void makesNoGroupsOfNoItems() {
        assertThat(Groups.of(List.of(), 3)).isEmpty();
    }
}

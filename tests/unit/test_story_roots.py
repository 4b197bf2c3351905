"""story_members' connected components (etl.publish.story_roots): pure, over article indices."""

from array import array

from etl.publish import story_roots


def test_a_chain_given_backwards_is_one_story_rooted_at_its_smallest_index():
    assert list(story_roots(list(range(5)), iter([(3, 4), (2, 3), (1, 2), (0, 1)]))) == [0, 0, 0, 0, 0]


def test_hooks_and_pairs_between_hooks_join_stories_and_leave_others_apart():
    # 1 hooked to 0 and 3 to 2 (in SQL); the pair (1, 3) joins both stories; 4 and 5 stay alone
    parent = array("q", [0, 0, 2, 2, 4, 5])
    assert list(story_roots(parent, [(3, 1)])) == [0, 0, 0, 0, 4, 5]


def test_two_stories_merged_through_their_largest_members_take_the_smaller_root():
    parent = array("q", [0, 0, 2, 2, 2])
    assert list(story_roots(parent, [(4, 1)])) == [0, 0, 0, 0, 0]
    assert list(story_roots(array("q", [0, 1, 1, 3, 3]), [])) == [0, 1, 1, 3, 3]

//! The profile evaluator's clean path allocates nothing: a complete node
//! costs lookups only. Counted per thread by a wrapping global allocator,
//! so the test harness's own threads do not disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use crate::profile::{check_profile, google::GOOGLE};
use crate::vocab::Vocabulary;
use serde_json::json;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: delegates every call to the system allocator unchanged; the
// thread-local counter is const-initialized and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn complete_nodes_are_checked_without_allocating() {
    let event = json!({
        "@type": "MusicEvent",
        "name": "Launch night",
        "startDate": "2025-10-14T19:00:00-05:00",
        "endDate": "2025-10-14T22:00:00-05:00",
        "description": "An evening of demos.",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "image": "https://example.com/launch.jpg",
        "location": [
            {"@type": "Place", "name": "Giga Texas", "address": "Austin, TX"},
            {"@type": "VirtualLocation", "url": "https://example.com/live"}
        ],
        "offers": {"@type": "Offer", "price": 0, "priceCurrency": "USD",
                   "availability": "https://schema.org/InStock",
                   "url": "https://example.com/tickets", "validFrom": "2025-09-01"},
        "organizer": {"@type": "Corporation", "name": "NVIDIA", "url": "https://www.nvidia.com/"},
        "performer": {"@type": "Person", "name": "Jensen Huang"}
    });
    let node = event.as_object().unwrap();
    let _ = Vocabulary::get(); // loading the table allocates, once per process
    let mut findings = 0;
    let before = allocations();
    check_profile(&GOOGLE, node, &["MusicEvent"], "/@graph/3", &mut |_| {
        findings += 1
    });
    let after = allocations();
    assert_eq!(findings, 0);
    assert_eq!(after - before, 0, "the clean path allocated");

    // Every feature's complete example, as its table declares it.
    for feature in GOOGLE.features {
        let example: serde_json::Value = serde_json::from_str(feature.complete).unwrap();
        let node = example.as_object().unwrap();
        let types = [node["@type"].as_str().unwrap()];
        let before = allocations();
        check_profile(&GOOGLE, node, &types, "/@graph/0", &mut |_| findings += 1);
        let after = allocations();
        assert_eq!(findings, 0, "{}", feature.id);
        assert_eq!(
            after - before,
            0,
            "{}: the clean path allocated",
            feature.id
        );
    }

    // The counter does count: a node with findings allocates their pointers.
    let incomplete = json!({"@type": "Event", "location": {"@type": "Place"}});
    let before = allocations();
    check_profile(
        &GOOGLE,
        incomplete.as_object().unwrap(),
        &["Event"],
        "",
        &mut |_| findings += 1,
    );
    assert!(findings > 0);
    assert!(allocations() > before);
}

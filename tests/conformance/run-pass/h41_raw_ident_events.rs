// Event records whose natural field names are keywords (`type`, `ref`, `match`), spelled as raw identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Click,
    Scroll,
    Key,
}

#[derive(Debug, Clone, Copy)]
struct Event {
    r#type: Kind,
    r#ref: u32, // id of the element the event refers to
    at_ms: u64,
}

struct Filter {
    r#type: Kind,
    min_ms: u64,
}

impl Filter {
    fn r#match(&self, e: &Event) -> bool {
        e.r#type == self.r#type && e.at_ms >= self.min_ms
    }
}

fn summarize(events: &[Event]) -> [u32; 3] {
    let mut counts = [0u32; 3];
    for e in events {
        let slot = match e.r#type {
            Kind::Click => 0,
            Kind::Scroll => 1,
            Kind::Key => 2,
        };
        counts[slot] += 1;
    }
    counts
}

fn main() {
    let log = [
        Event { r#type: Kind::Click, r#ref: 7, at_ms: 120 },
        Event { r#type: Kind::Key, r#ref: 3, at_ms: 180 },
        Event { r#type: Kind::Scroll, r#ref: 7, at_ms: 300 },
        Event { r#type: Kind::Click, r#ref: 9, at_ms: 450 },
        Event { r#type: Kind::Click, r#ref: 7, at_ms: 910 },
    ];
    let counts = summarize(&log);
    println!("clicks={} scrolls={} keys={}", counts[0], counts[1], counts[2]);
    let late_clicks = Filter { r#type: Kind::Click, min_ms: 400 };
    for e in &log {
        if late_clicks.r#match(e) {
            let Event { r#ref, at_ms, .. } = *e;
            println!("late click on #{} at {} ms", r#ref, at_ms);
        }
    }
    let mut per_element = [0u32; 10];
    for e in log.iter() {
        per_element[e.r#ref as usize] += 1;
    }
    for (id, &n) in per_element.iter().enumerate() {
        if n > 0 {
            println!("element {}: {} events", id, n);
        }
    }
}

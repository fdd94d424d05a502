// Borrow-check mistakes in two functions of an event recorder.
#[derive(Debug)]
struct Event {
    code: u16,
    data: [u8; 3],
}

fn consume(e: Event) -> u16 {
    e.code + e.data[0] as u16
}

fn replay(events: [Event; 2]) -> u16 {
    let mut total = 0;
    for e in events {
        total += consume(e);
    }
    let again = events.len() as u16;
    total + again
}

fn record(limit: u16) -> u16 {
    let count = 0;
    let mut i = 0;
    while i < limit {
        if i % 2 == 0 {
            count = count + 1;
        }
        i += 1;
    }
    count
}

fn main() {
    let first = Event { code: 1, data: [1, 2, 3] };
    let second = Event { code: 2, data: [4, 5, 6] };
    println!("{}", replay([first, second]));
    println!("{}", record(10));
    println!("{:?}", first);
}

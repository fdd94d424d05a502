// A struct field type is misspelled; bodies that touch the field also have lint-worthy code.
#[derive(Debug)]
struct Ticket {
    id: u32,
    priority: Priorty,
    minutes: u32,
}

fn new_ticket(id: u32) -> Ticket {
    let mut spare = 0;
    let created = id * 10;
    Ticket { id, priority: 1, minutes: 30 }
}

fn escalate(t: &mut Ticket) {
    let old = t.minutes;
    t.priority = 2;
}

fn total_minutes(ts: &[Ticket]) -> u32 {
    let mut sum = 0;
    let mut unused_count = 0;
    for t in ts {
        sum += t.minutes;
    }
    sum
}

fn main() {
    let mut t = new_ticket(7);
    escalate(&mut t);
    let moved = t;
    println!("{:?}", t);
    let list = [new_ticket(1), new_ticket(2)];
    println!("{} {}", total_minutes(&list), moved.id);
}

// A help-desk ticket updater whose struct literals set a field twice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Priority {
    Low,
    High,
    Urgent,
}

#[derive(Debug, Clone, Copy)]
struct Ticket {
    id: u32,
    priority: Priority,
    assignee: u16,
    reopened: u8,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Created { id: u32 },
    Escalated { id: u32, from: Priority, to: Priority },
}

fn escalate(t: Ticket) -> Ticket {
    let next = match t.priority {
        Priority::Low => Priority::High,
        Priority::High | Priority::Urgent => Priority::Urgent,
    };
    Ticket { priority: next, assignee: 0, priority: Priority::Urgent, ..t }
}

fn event_for(old: &Ticket, new: &Ticket) -> Event {
    if old.priority == new.priority {
        Event::Created { id: new.id }
    } else {
        Event::Escalated { id: old.id, from: old.priority, to: new.priority, id: new.id }
    }
}

fn reopen(t: &mut Ticket) {
    *t = Ticket { reopened: t.reopened + 1, ..*t };
}

fn main() {
    let mut t = Ticket { id: 41, priority: Priority::Low, assignee: 7, reopened: 0 };
    let e = escalate(t);
    reopen(&mut t);
    println!("{:?} {:?} {:?}", t, e, event_for(&t, &e));
    let blank = Ticket { id: 42, priority: Priority::Low, owner: 3, reopened: 0, assignee: 1 };
    println!("{:?}", blank);
}

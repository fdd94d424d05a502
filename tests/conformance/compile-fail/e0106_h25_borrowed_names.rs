// A contact book that returns borrowed strings without naming lifetimes.
#[derive(Debug, Clone, Copy)]
struct Contact {
    name: &'static str,
    phone: &'static str,
    favourite: bool,
}

// A struct holding a borrowed slice needs a lifetime parameter.
struct Page {
    entries: &[Contact],
    number: u32,
}

fn shorter_name(a: &Contact, b: &Contact) -> &str {
    if a.name.len() <= b.name.len() { a.name } else { b.name }
}

fn default_name() -> &str {
    "unknown"
}

// One input reference: elision picks it, so this is fine.
fn first_favourite(list: &[Contact]) -> &Contact {
    let mut i = 0;
    while i < list.len() {
        if list[i].favourite {
            return &list[i];
        }
        i += 1;
    }
    &list[0]
}

// &self: elision uses self's lifetime, so this is fine too.
impl Contact {
    fn area_code(&self) -> &str {
        &self.phone[0..3]
    }
}

fn main() {
    let book = [
        Contact { name: "Ada", phone: "0201234", favourite: false },
        Contact { name: "Grace", phone: "0317654", favourite: true },
    ];
    let p = Page { entries: &book, number: 1 };
    println!("{} {}", shorter_name(&book[0], &book[1]), default_name());
    println!("{:?} {}", first_favourite(&book), book[1].area_code());
    println!("{} {}", p.entries.len(), p.number);
}

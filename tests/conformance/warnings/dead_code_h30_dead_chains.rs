// lints: dead_code
// A print-shop queue: items only reachable from other dead items are dead too.

const SHEET_LIMIT: u32 = 500;
const DUPLEX_FACTOR: u32 = 2;
const TONER_WARN: u32 = 15;
static SHOP_NAME: &str = "Copy Corner";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Paper {
    A4,
    A3,
    Letter,
    Photo { gloss: bool },
}

struct Job {
    pages: u32,
    copies: u32,
    paper: Paper,
    owner: &'static str,
    priority: u8,
}

impl Job {
    const RUSH: u8 = 9;

    fn new(pages: u32, copies: u32) -> Job {
        Job { pages, copies, paper: Paper::A4, owner: "walk-in", priority: 1 }
    }

    fn rush(pages: u32) -> Job {
        Job { priority: Job::RUSH, ..Job::new(pages, 1) }
    }

    fn sheets(&self) -> u32 {
        self.pages * self.copies
    }

    fn duplex_sheets(&self) -> u32 {
        (self.sheets() + 1) / DUPLEX_FACTOR
    }
}

struct Toner(u32, u32);

fn toner_low(t: &Toner) -> bool {
    t.0 < TONER_WARN
}

fn check_limits(j: &Job) -> bool {
    j.duplex_sheets() <= SHEET_LIMIT
}

fn main() {
    let jobs = [Job::new(12, 3), Job::new(40, 2)];
    let mut total = 0;
    for j in &jobs {
        total += j.sheets();
        if j.paper == Paper::A3 {
            println!("large format");
        }
    }
    let t = Toner(80, 3);
    println!("{} sheets, toner {}", total, t.1);
}

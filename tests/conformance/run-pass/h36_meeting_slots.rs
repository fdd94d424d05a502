// Time-of-day arithmetic and free slots between meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Time {
    minutes: u16, // minutes since midnight
}

impl Time {
    const DAY: u16 = 24 * 60;

    fn at(h: u16, m: u16) -> Time {
        Time { minutes: (h * 60 + m) % Time::DAY }
    }

    fn plus(self, mins: i32) -> Time {
        let m = (self.minutes as i32 + mins).rem_euclid(Time::DAY as i32);
        Time { minutes: m as u16 }
    }

    fn hm(self) -> (u16, u16) {
        (self.minutes / 60, self.minutes % 60)
    }
}

#[derive(Debug, Clone, Copy)]
struct Meeting {
    start: Time,
    length: u16,
    title: &'static str,
}

impl Meeting {
    fn end(&self) -> Time {
        self.start.plus(self.length as i32)
    }
}

fn sort_by_start(ms: &mut [Meeting]) {
    // insertion sort
    for i in 1..ms.len() {
        let mut j = i;
        while j > 0 && ms[j - 1].start > ms[j].start {
            let t = ms[j - 1];
            ms[j - 1] = ms[j];
            ms[j] = t;
            j -= 1;
        }
    }
}

fn show(t: Time) -> [u8; 5] {
    let (h, m) = t.hm();
    [b'0' + (h / 10) as u8, b'0' + (h % 10) as u8, b':', b'0' + (m / 10) as u8, b'0' + (m % 10) as u8]
}

fn print_time(t: Time) {
    for b in show(t) {
        print!("{}", b as char);
    }
}

fn main() {
    let mut day = [
        Meeting { start: Time::at(13, 0), length: 45, title: "design review" },
        Meeting { start: Time::at(9, 30), length: 30, title: "standup" },
        Meeting { start: Time::at(10, 0), length: 90, title: "planning" },
        Meeting { start: Time::at(16, 15), length: 60, title: "1:1" },
        Meeting { start: Time::at(11, 0), length: 20, title: "overlap" },
    ];
    sort_by_start(&mut day);
    let work_start = Time::at(9, 0);
    let work_end = Time::at(17, 30);
    let mut cursor = work_start;
    let mut free_total = 0u16;
    let mut conflicts = 0;
    for m in day.iter() {
        if m.start > cursor {
            let gap = m.start.minutes - cursor.minutes;
            free_total += gap;
            print!("free  ");
            print_time(cursor);
            print!("-");
            print_time(m.start);
            println!(" ({} min)", gap);
        } else if m.start < cursor {
            conflicts += 1;
            println!("conflict: {} starts {} min early", m.title, cursor.minutes - m.start.minutes);
        }
        print!("busy  ");
        print_time(m.start);
        print!("-");
        print_time(m.end());
        println!(" {}", m.title);
        if m.end() > cursor {
            cursor = m.end();
        }
    }
    if cursor < work_end {
        free_total += work_end.minutes - cursor.minutes;
    }
    println!("free minutes: {}, conflicts: {}", free_total, conflicts);
    let late = Time::at(23, 50).plus(25);
    let early = Time::at(0, 10).plus(-30);
    println!("wraps: {:?} {:?}", late.hm(), early.hm());
}

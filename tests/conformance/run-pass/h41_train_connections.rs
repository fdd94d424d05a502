// Finds train connections with at most one transfer from a static timetable, using labeled loops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Time(u16); // minutes after midnight

impl Time {
    fn hm(h: u16, m: u16) -> Time {
        Time(h * 60 + m)
    }
    fn show(self) -> (u16, u16) {
        (self.0 / 60, self.0 % 60)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Station {
    Ashford,
    Bexley,
    Crayford,
    Dartford,
}

#[derive(Debug, Clone, Copy)]
struct Leg {
    train: u16,
    from: Station,
    to: Station,
    dep: Time,
    arr: Time,
}

const MIN_TRANSFER: u16 = 5;

fn timetable() -> [Leg; 7] {
    use Station::*;
    [
        Leg { train: 101, from: Ashford, to: Bexley, dep: Time::hm(8, 0), arr: Time::hm(8, 25) },
        Leg { train: 102, from: Ashford, to: Crayford, dep: Time::hm(8, 10), arr: Time::hm(8, 50) },
        Leg { train: 201, from: Bexley, to: Dartford, dep: Time::hm(8, 28), arr: Time::hm(9, 0) },
        Leg { train: 202, from: Bexley, to: Dartford, dep: Time::hm(8, 40), arr: Time::hm(9, 5) },
        Leg { train: 301, from: Crayford, to: Dartford, dep: Time::hm(8, 52), arr: Time::hm(9, 10) },
        Leg { train: 103, from: Ashford, to: Dartford, dep: Time::hm(8, 5), arr: Time::hm(9, 20) },
        Leg { train: 302, from: Crayford, to: Bexley, dep: Time::hm(9, 0), arr: Time::hm(9, 15) },
    ]
}

fn print_time(t: Time) {
    let (h, m) = t.show();
    print!("{:02}:{:02}", h, m);
}

fn main() {
    let legs = timetable();
    let (origin, dest, earliest) = (Station::Ashford, Station::Dartford, Time::hm(7, 55));
    let mut best_arrival = Time(u16::MAX);
    let mut best = (0u16, 0u16);
    let mut options = 0;
    'first: for a in legs.iter() {
        if a.from != origin || a.dep < earliest {
            continue 'first;
        }
        if a.to == dest {
            options += 1;
            print!("direct {}: ", a.train);
            print_time(a.dep);
            print!(" -> ");
            print_time(a.arr);
            println!();
            if a.arr < best_arrival {
                best_arrival = a.arr;
                best = (a.train, 0);
            }
            continue 'first;
        }
        for b in &legs {
            if b.from != a.to || b.to != dest {
                continue;
            }
            let slack = b.dep.0 as i32 - a.arr.0 as i32;
            if slack < MIN_TRANSFER as i32 {
                println!("  {} -> {} at {:?}: only {} min, missed", a.train, b.train, a.to, slack);
                continue;
            }
            options += 1;
            print!("via {:?} {}+{}: ", a.to, a.train, b.train);
            print_time(a.dep);
            print!(" -> ");
            print_time(b.arr);
            println!(" ({} min wait)", slack);
            if b.arr < best_arrival {
                best_arrival = b.arr;
                best = (a.train, b.train);
            }
        }
    }
    print!("{} options; best {:?} arriving ", options, best);
    print_time(best_arrival);
    println!();
    let mut never_used = 0;
    for l in &legs {
        if l.train != best.0 && l.train != best.1 {
            never_used += 1;
        }
    }
    println!("{} legs not on the best route", never_used);
}

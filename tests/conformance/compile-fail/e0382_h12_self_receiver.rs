// A builder consumed by a `self` method inside a loop and then used again.
#[derive(Debug)]
struct Report {
    title: &'static str,
    lines: [i32; 4],
    used: usize,
}

impl Report {
    fn new(title: &'static str) -> Report {
        Report { title, lines: [0; 4], used: 0 }
    }

    fn add(mut self, value: i32) -> Report {
        if self.used < self.lines.len() {
            self.lines[self.used] = value;
            self.used += 1;
        }
        self
    }

    fn finish(self) -> i32 {
        let mut total = 0;
        for i in 0..self.used {
            total += self.lines[i];
        }
        total
    }
}

fn main() {
    let report = Report::new("weekly");
    let filled = report.add(5).add(7);
    let total = filled.finish();
    println!("{} total {}", filled.title, total);
    let draft = Report::new("draft");
    for v in [1, 2, 3] {
        let next = draft.add(v);
        println!("{}", next.used);
    }
}

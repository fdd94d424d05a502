// A logger whose &self methods try to mutate through self.
struct Logger {
    lines: u32,
    level: u8,
}

impl Logger {
    fn new(level: u8) -> Logger {
        Logger { lines: 0, level }
    }

    fn record(&mut self, severity: u8) {
        if severity >= self.level {
            self.lines += 1;
        }
    }

    fn warn(&self) {
        self.record(2);
    }

    fn error(&self) {
        self.lines += 1;
    }

    fn count(&self) -> u32 {
        self.lines
    }
}

fn main() {
    let log = Logger::new(1);
    log.record(3);
    log.warn();
    log.error();
    println!("{}", log.count());
}

// Trying to take a value out of `&mut self` and put a new one back.
#[derive(Debug)]
enum Phase {
    Draft { words: u32 },
    Review { words: u32, notes: u8 },
    Published,
}

#[derive(Debug)]
struct Article {
    phase: Phase,
    history: [u32; 4],
    edits: usize,
}

impl Article {
    fn submit(&mut self) {
        let old = self.phase;
        self.phase = match old {
            Phase::Draft { words } => Phase::Review { words, notes: 0 },
            other => other,
        };
    }

    fn publish(&mut self) {
        if let Phase::Review { words, notes } = self.phase {
            self.history[self.edits % 4] = words + notes as u32;
            self.edits += 1;
            self.phase = Phase::Published;
        }
    }

    fn words(&self) -> u32 {
        let Phase::Draft { words } = self.phase else {
            return 0;
        };
        words
    }

    fn reopen(&mut self) {
        self.phase = Phase::Draft { words: self.history[0] };
    }
}

fn word_count(p: &Phase) -> u32 {
    match p {
        Phase::Draft { words } => *words,
        Phase::Review { words, .. } => *words,
        Phase::Published => 0,
    }
}

fn main() {
    let mut a = Article { phase: Phase::Draft { words: 900 }, history: [0; 4], edits: 0 };
    println!("{}", a.words());
    a.submit();
    a.publish();
    a.reopen();
    println!("{:?} {}", a, word_count(&a.phase));
}

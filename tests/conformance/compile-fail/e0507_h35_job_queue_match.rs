// A job queue whose `&mut self` methods match on the current slot.
#[derive(Debug)]
struct Payload {
    bytes: u32,
    retries: u8,
}

#[derive(Debug)]
enum Slot {
    Empty,
    Waiting(Payload),
    Failed { payload: Payload, code: i32 },
}

struct Queue {
    slots: [Slot; 2],
    current: Slot,
    handled: u32,
}

impl Queue {
    fn pending_bytes(&self) -> u32 {
        match self.current {
            Slot::Empty => 0,
            Slot::Waiting(ref p) => p.bytes,
            Slot::Failed { ref payload, .. } => payload.bytes,
        }
    }

    fn error_code(&self) -> i32 {
        match self.current {
            Slot::Failed { code, .. } => code,
            _ => 0,
        }
    }

    fn is_idle(&self) -> bool {
        match self.current {
            Slot::Empty => true,
            Slot::Waiting(_) | Slot::Failed { .. } => false,
        }
    }

    fn take_payload(&mut self) -> Payload {
        self.handled += 1;
        match self.current {
            Slot::Waiting(p) => p,
            Slot::Failed { payload, code: _ } => payload,
            Slot::Empty => Payload { bytes: 0, retries: 0 },
        }
    }

    fn retry_count(&mut self) -> u8 {
        if let Slot::Waiting(p) = &self.current {
            return p.retries;
        }
        if let Slot::Failed { payload, .. } = self.slots[0] {
            return payload.retries;
        }
        0
    }
}

fn main() {
    let mut q = Queue {
        slots: [Slot::Empty, Slot::Waiting(Payload { bytes: 3, retries: 1 })],
        current: Slot::Failed { payload: Payload { bytes: 12, retries: 2 }, code: -4 },
        handled: 0,
    };
    println!("{} {} {}", q.pending_bytes(), q.error_code(), q.is_idle());
    println!("{}", q.retry_count());
    let p = q.take_payload();
    println!("{:?} {}", p, q.handled);
}

//! Job descriptions: `Spec` is Copy, `Job` owns its payload and is not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    pub priority: u8,
    pub retries: u8,
}

#[derive(Debug)]
pub struct Job {
    pub id: u32,
    pub spec: Spec,
    pub payload: [u8; 16],
}

#[derive(Debug)]
pub enum Outcome {
    Done(Job),
    Failed { job: Job, code: i32 },
}

impl Job {
    pub fn new(id: u32, spec: Spec) -> Job {
        Job { id, spec, payload: [0; 16] }
    }

    pub fn run(self) -> Outcome {
        if self.spec.retries == 0 {
            Outcome::Failed { job: self, code: -1 }
        } else {
            Outcome::Done(self)
        }
    }

    pub fn bump(&mut self) {
        self.spec.priority = self.spec.priority.saturating_add(1);
    }
}

//! A fixed-size job queue. Some internal types leak into the public API.
mod slots;

pub(crate) struct Capacity {
    pub(crate) max: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Job {
    pub id: u32,
    pub priority: u8,
}

pub struct Queue {
    jobs: [Job; 8],
    len: usize,
    pub limits: slots::Limits,
}

impl Queue {
    pub fn new() -> Queue {
        Queue { jobs: [Job { id: 0, priority: 0 }; 8], len: 0, limits: slots::Limits { soft: 6 } }
    }

    pub fn capacity(&self) -> Capacity {
        Capacity { max: self.jobs.len() }
    }

    pub fn push(&mut self, job: Job) -> bool {
        if self.len == self.jobs.len() {
            return false;
        }
        self.jobs[self.len] = job;
        self.len += 1;
        true
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

pub fn describe(c: &Capacity) -> usize {
    c.max
}

// A fixed-size thread pool fed through an mpsc channel, with graceful shutdown in Drop.
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

type Job = Box<dyn FnOnce() + Send + 'static>;

enum Message {
    Run(Job),
    Stop,
}

pub struct ThreadPool {
    workers: Vec<Worker>,
    sender: Sender<Message>,
}

struct Worker {
    id: usize,
    handle: Option<JoinHandle<()>>,
}

impl Worker {
    fn spawn(id: usize, rx: Arc<Mutex<Receiver<Message>>>) -> Worker {
        let handle = thread::Builder::new()
            .name(format!("worker-{id}"))
            .spawn(move || loop {
                let msg = rx.lock().expect("poisoned").recv();
                match msg {
                    Ok(Message::Run(job)) => job(),
                    Ok(Message::Stop) | Err(_) => break,
                }
            })
            .expect("spawn failed");
        Worker { id, handle: Some(handle) }
    }
}

impl ThreadPool {
    pub fn new(size: usize) -> ThreadPool {
        assert!(size > 0);
        let (sender, rx) = mpsc::channel();
        let rx = Arc::new(Mutex::new(rx));
        let workers = (0..size).map(|id| Worker::spawn(id, Arc::clone(&rx))).collect();
        ThreadPool { workers, sender }
    }

    pub fn execute<F>(&self, f: F)
    where
        F: FnOnce() + Send + 'static,
    {
        self.sender.send(Message::Run(Box::new(f))).unwrap();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        for _ in &self.workers {
            let _ = self.sender.send(Message::Stop);
        }
        for w in &mut self.workers {
            if let Some(h) = w.handle.take() {
                h.join().unwrap_or_else(|_| eprintln!("worker {} panicked", w.id));
            }
        }
    }
}

fn main() {
    let results = Arc::new(Mutex::new(Vec::new()));
    {
        let pool = ThreadPool::new(3);
        for i in 0..8u64 {
            let results = Arc::clone(&results);
            pool.execute(move || {
                let v = (1..=i).product::<u64>();
                results.lock().unwrap().push((i, v));
            });
        }
    }
    let mut r = results.lock().unwrap().clone();
    r.sort();
    println!("{r:?}");
}

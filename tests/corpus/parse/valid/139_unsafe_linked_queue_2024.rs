// edition:2024
// A queue with a raw tail pointer: unsafe blocks inside unsafe fns (unsafe_op_in_unsafe_fn) and NonNull.
use std::ptr::{self, NonNull};

struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

pub struct Queue<T> {
    head: Option<Box<Node<T>>>,
    tail: *mut Node<T>,
    len: usize,
}

impl<T> Queue<T> {
    pub fn new() -> Self {
        Queue { head: None, tail: ptr::null_mut(), len: 0 }
    }

    pub fn push(&mut self, value: T) {
        let mut node = Box::new(Node { value, next: None });
        let raw: *mut Node<T> = &mut *node;
        if self.tail.is_null() {
            self.head = Some(node);
        } else {
            // SAFETY: tail points into a node owned by `head` while the queue is non-empty.
            unsafe {
                (*self.tail).next = Some(node);
            }
        }
        self.tail = raw;
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|mut head| {
            self.head = head.next.take();
            if self.head.is_none() {
                self.tail = ptr::null_mut();
            }
            self.len -= 1;
            head.value
        })
    }

    /// # Safety
    /// The queue must be non-empty.
    pub unsafe fn back_unchecked(&self) -> &T {
        // SAFETY: the caller guarantees tail is valid.
        unsafe { &(*self.tail).value }
    }

    pub fn back(&self) -> Option<&T> {
        NonNull::new(self.tail).map(|p| unsafe { &p.as_ref().value })
    }
}

impl<T> Drop for Queue<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

unsafe fn sum_raw(ptr: *const i64, len: usize) -> i64 {
    let slice = unsafe { std::slice::from_raw_parts(ptr, len) };
    slice.iter().sum()
}

fn main() {
    let mut q = Queue::new();
    for i in 1..=4 {
        q.push(i * 10);
    }
    println!("{:?} {:?} {}", q.pop(), q.back(), unsafe { q.back_unchecked() });
    let v = [1i64, 2, 3];
    println!("{} len={}", unsafe { sum_raw(v.as_ptr(), v.len()) }, q.len);
}

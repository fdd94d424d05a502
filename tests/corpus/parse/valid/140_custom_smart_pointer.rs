// A reference-counted pointer built on raw allocation: NonNull, Box::into_raw/from_raw, Deref, Clone, Drop.
use std::cell::Cell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

struct Inner<T> {
    count: Cell<usize>,
    value: T,
}

pub struct MyRc<T> {
    ptr: NonNull<Inner<T>>,
    _owns: PhantomData<Inner<T>>,
}

impl<T> MyRc<T> {
    pub fn new(value: T) -> Self {
        let boxed = Box::new(Inner { count: Cell::new(1), value });
        MyRc { ptr: NonNull::from(Box::leak(boxed)), _owns: PhantomData }
    }

    fn inner(&self) -> &Inner<T> {
        unsafe { self.ptr.as_ref() }
    }

    pub fn count(this: &Self) -> usize {
        this.inner().count.get()
    }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Self::count(&this) == 1 {
            let ptr = this.ptr;
            std::mem::forget(this);
            let boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
            Ok(boxed.value)
        } else {
            Err(this)
        }
    }
}

impl<T> Clone for MyRc<T> {
    fn clone(&self) -> Self {
        let c = &self.inner().count;
        c.set(c.get() + 1);
        MyRc { ptr: self.ptr, _owns: PhantomData }
    }
}

impl<T> Deref for MyRc<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> Drop for MyRc<T> {
    fn drop(&mut self) {
        let c = &self.inner().count;
        c.set(c.get() - 1);
        if c.get() == 0 {
            drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
        }
    }
}

fn main() {
    let a = MyRc::new(String::from("shared"));
    let b = a.clone();
    println!("{} {} {}", *a, b.len(), MyRc::count(&a));
    drop(b);
    match MyRc::try_unwrap(a) {
        Ok(s) => println!("unwrapped {s}"),
        Err(_) => println!("still shared"),
    }
}

// Trait objects: dyn with auto traits and lifetimes, in Box, &, Rc, Arc, with parenthesised bounds.
use std::any::Any;
use std::error::Error;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

pub trait Plugin: fmt::Debug {
    fn name(&self) -> &str;
    fn run(&mut self, input: &str) -> Result<String, Box<dyn Error + Send + Sync + 'static>>;
}

#[derive(Debug)]
struct Upper;

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }

    fn run(&mut self, input: &str) -> Result<String, Box<dyn Error + Send + Sync>> {
        if input.is_empty() {
            return Err("empty input".into());
        }
        Ok(input.to_uppercase())
    }
}

pub struct Registry<'a> {
    plugins: Vec<Box<dyn Plugin + 'a>>,
    listeners: Vec<Rc<dyn Fn(&str)>>,
    shared: Option<Arc<dyn Any + Send + Sync>>,
}

impl<'a> Registry<'a> {
    pub fn run_all(&mut self, input: &str) -> Vec<String> {
        let mut out = Vec::new();
        for p in self.plugins.iter_mut() {
            match p.run(input) {
                Ok(s) => out.push(s),
                Err(e) => out.push(format!("{}: {}", p.name(), e)),
            }
        }
        for l in &self.listeners {
            l(input);
        }
        out
    }
}

fn downcast(value: &dyn Any) -> Option<&i32> {
    value.downcast_ref::<i32>()
}

fn as_ref_obj<'r>(p: &'r mut (dyn Plugin + 'r)) -> &'r str {
    p.name()
}

fn with_ptr(p: *const dyn fmt::Debug) -> bool {
    !p.is_null()
}

fn main() {
    let mut r = Registry { plugins: vec![Box::new(Upper)], listeners: vec![Rc::new(|s| println!("saw {s}"))], shared: None };
    println!("{:?}", r.run_all("abc"));
    println!("{:?}", downcast(&5));
    let mut u = Upper;
    println!("{}", as_ref_obj(&mut u));
    let x = 3;
    println!("{} {}", with_ptr(&x as &dyn fmt::Debug), r.shared.is_none());
}

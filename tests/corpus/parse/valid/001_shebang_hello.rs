#!/usr/bin/env run-cargo-script
//! A tiny script that greets whoever is named on the command line.
//! The first line is a shebang, which the lexer must skip.

use std::env;

fn greeting(name: &str) -> String {
    if name.is_empty() {
        String::from("Hello, world!")
    } else {
        format!("Hello, {name}!")
    }
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.is_empty() {
        println!("{}", greeting(""));
        return;
    }
    for arg in &args {
        println!("{}", greeting(arg));
    }
}

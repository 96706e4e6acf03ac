#!/usr/bin/env node
console.log('offboard')
